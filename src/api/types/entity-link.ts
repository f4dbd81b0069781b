import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { EntityKind } from '../../model/ontology/ontology';
import type { MentionEvidence } from '../../model/ontology/entity-mention';
import type { StoredEntityLink } from '../../store/entity-link.store';
import { listEntityLinksByPaperIds } from '../../store/entity-link.store';
import { builder } from '../builder';
import type { ApiContext } from '../context';

export const LinkRelationEnum = builder.enumType('LinkRelation', {
  description: 'How a paper engages with an ontology entity.',
  values: {
    PROPOSES: {
      value: 'proposes',
      description: 'The paper introduces it (its own method or benchmark).',
    },
    USES: {
      value: 'uses',
      description: 'The paper uses, builds on, compares with or evaluates on it.',
    },
  } as const,
});

export const LinkOriginEnum = builder.enumType('LinkOrigin', {
  description: 'Who asserted a link between a paper and an entity.',
  values: {
    TAGGER: { value: 'tagger', description: 'The tagger, reading the title and abstract.' },
    CORPUS: {
      value: 'corpus',
      description:
        "The tagger's finding carried by a bundled corpus, from a reading with the abstract this database lacks.",
    },
    OVERRIDE: {
      value: 'override',
      description: 'A curated override (db/overrides/entity-links.yaml); it always wins.',
    },
  } as const,
});

const LinkEvidenceType = builder.objectRef<MentionEvidence>('LinkEvidence').implement({
  description: 'Where in the paper the tagger found the entity.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Which text: `title`, `abstract` or `bibtex.<field>`.',
    }),
    matchedText: t.exposeString('matchedText', {
      description: 'The text that matched, as written.',
    }),
    start: t.exposeInt('start', {
      description: 'Offset of the match in that text (UTF-16 units).',
    }),
    end: t.exposeInt('end', { description: 'Offset just after the match (end exclusive).' }),
    rule: t.exposeString('rule', {
      description:
        'Which rule fired: `exact-alias`, `phrase-alias`, `title-head`, `title-variant`, `abstract-proposal`, `implied-by-algorithm`, `implied-by-paradigm`.',
    }),
  }),
});

/** GraphQL type of the link objects for each kind of entity. */
const LINK_TYPE_NAMES: Partial<Record<EntityKind, string>> = {
  algorithm: 'AlgorithmLink',
  reward: 'RewardLink',
  benchmark: 'BenchmarkLink',
  paradigm: 'ParadigmLink',
};

export const EntityLinkInterface = builder.interfaceRef<StoredEntityLink>('EntityLink').implement({
  description:
    "A paper's link to an ontology entity: how it engages with it, how sure the link is, and the evidence.",
  resolveType: (link) => LINK_TYPE_NAMES[link.kind] ?? null,
  fields: (t) => ({
    relation: t.field({
      type: LinkRelationEnum,
      description: 'Whether the paper proposes the entity or uses it.',
      resolve: (link) => link.relation,
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the link is, 0–1 (1 for a curated override).',
    }),
    origin: t.field({
      type: LinkOriginEnum,
      description: 'Who asserted the link.',
      resolve: (link) => link.origin,
    }),
    evidence: t.field({
      type: LinkEvidenceType,
      nullable: true,
      description:
        'The strongest occurrence the tagger found; null for a link only an override asserts.',
      resolve: (link) => link.evidence,
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: "Why a curated override set this link; null for the tagger's own links.",
    }),
  }),
});

/** One statement per request for the links of every paper asked about, whatever their kind. */
const linkLoader = createContextCache(
  (ctx: ApiContext) =>
    new DataLoader<number, StoredEntityLink[]>(async (paperIds) =>
      listEntityLinksByPaperIds(ctx.db, paperIds),
    ),
);

/** Arguments of `Paper.algorithms`, `rewards`, `benchmarks` and `paradigms`. */
export const linkArgs = builder.args((t) => ({
  relation: t.field({ type: LinkRelationEnum, description: 'Only links of this relation.' }),
  minConfidence: t.float({
    defaultValue: 0,
    description: 'Only links at least this sure (0–1); e.g. 0.8 drops most short-acronym matches.',
  }),
}));

interface LinkArgs {
  relation?: 'proposes' | 'uses' | null | undefined;
  minConfidence?: number | null | undefined;
}

/** The paper's links to entities of `kind`, surest first, narrowed by the field's arguments. */
export async function loadLinksOfPaper(
  ctx: ApiContext,
  paperId: number,
  kind: EntityKind,
  args: LinkArgs,
): Promise<StoredEntityLink[]> {
  const links = await linkLoader(ctx).load(paperId);
  return links.filter(
    (link) =>
      link.kind === kind &&
      (!args.relation || link.relation === args.relation) &&
      link.confidence >= (args.minConfidence ?? 0),
  );
}
