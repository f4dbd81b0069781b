import type { EntityKind } from './ontology';

/**
 * The vocabulary of tagging: what the tagger finds in a paper (mentions, with evidence) and the
 * links stored from them. Types only, so the tagger, the linker and the overrides can share them
 * without importing one another.
 */

export type MentionRelation = 'proposes' | 'uses';

export type TagRule =
  | 'exact-alias' // an acronym-like alias matched with its exact letter case
  | 'phrase-alias' // a plain-word alias matched ignoring case
  | 'title-head' // the alias is the whole head of a `Head: subtitle` title
  | 'title-variant' // a leaf variant (variantOf set, no variants of its own) is in the title
  | 'abstract-proposal' // "we propose X", "coined X", "X, a novel …"
  | 'implied-by-algorithm' // a paradigm that a tagged algorithm always belongs to
  | 'implied-by-paradigm'; // a reward design that a tagged paradigm always uses

export interface MentionEvidence {
  /** `title`, `abstract` or `bibtex.<field>`. */
  field: string;
  matchedText: string;
  /** Offsets into that field's text, end exclusive. */
  start: number;
  end: number;
  rule: TagRule;
}

export interface EntityMention {
  kind: EntityKind;
  slug: string;
  relation: MentionRelation;
  /** 0..1: how sure the tagger is that the paper engages with this entity. */
  confidence: number;
  /** The strongest occurrence; a paper gets one mention per entity. */
  evidence: MentionEvidence;
}

export interface TagInput {
  title: string;
  abstract?: string | undefined;
  bibtexFields?: Record<string, string> | undefined;
}

/**
 * Who asserted a link: the tagger reading the paper, a corpus that carried the tagger's finding
 * from a reading with the abstract, or a curated override (which always wins).
 */
export type LinkOrigin = 'tagger' | 'corpus' | 'override';

/** A paper's link to one ontology entity, as the linker stores it. */
export interface EntityLink {
  kind: EntityKind;
  slug: string;
  relation: MentionRelation;
  /** 0..1; an override's links are 1. */
  confidence: number;
  origin: LinkOrigin;
  /** Where the tagger found it; null for a link only an override asserts. */
  evidence: MentionEvidence | null;
  /** An override's reason; null for the tagger's own links. */
  note: string | null;
}
