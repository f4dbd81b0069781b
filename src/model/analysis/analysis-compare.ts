import type { EntityKind } from '../ontology/ontology';
import type { Paper } from '../paper/paper';

/** A paper's link to an ontology concept, as the linking step stored it. */
export interface PaperEntityLink {
  kind: EntityKind;
  slug: string;
  name: string;
  /** `uses`, `proposes` … */
  relation: string;
  confidence: number;
}

/** The properties a comparison table has one row for. */
export type ComparedProperty =
  'year' | 'venue' | 'pillars' | 'paradigms' | 'algorithms' | 'rewards' | 'benchmarks' | 'code';

const LINKED_KINDS = {
  paradigms: 'paradigm',
  algorithms: 'algorithm',
  rewards: 'reward',
  benchmarks: 'benchmark',
} as const satisfies Partial<Record<ComparedProperty, EntityKind>>;

/** One value of a property: a year, a venue, a pillar, a linked concept, a code link. */
export interface PropertyValue {
  /** What makes two papers' values the same: a slug, a year, a lower-cased venue, `code`. */
  key: string;
  label: string;
  /** For linked concepts: how the paper engages with it, and how sure the link is. */
  relation: string | null;
  confidence: number | null;
  /** For the code property: the repository. */
  url: string | null;
}

export type PaperProperties = Record<ComparedProperty, PropertyValue[]>;

/** One row of a comparison table: a property's values for every paper, and what they share. */
export interface ComparisonRow {
  property: ComparedProperty;
  /** Per paper, in the papers' order. */
  values: PropertyValue[][];
  /** Values every paper has (in the first paper's order). */
  shared: PropertyValue[];
  /** Every paper has exactly the same, non-empty values. */
  identical: boolean;
}

const plain = (key: string, label: string, url: string | null = null): PropertyValue => ({
  key,
  label,
  relation: null,
  confidence: null,
  url,
});

const RELATION_RANK: Record<string, number> = { proposes: 0, uses: 1 };
const rank = (relation: string) => RELATION_RANK[relation] ?? 2;

/** One value per concept: its strongest relation (`proposes` first) at its highest confidence. */
function mergeLinks(links: readonly PaperEntityLink[]): PropertyValue[] {
  const best = new Map<string, PropertyValue>();
  for (const link of links) {
    const kept = best.get(link.slug);
    const relation =
      kept && rank(kept.relation!) <= rank(link.relation) ? kept.relation! : link.relation;
    const confidence = Math.max(kept?.confidence ?? 0, link.confidence);
    best.set(link.slug, { ...plain(link.slug, link.name), relation, confidence });
  }
  return [...best.values()];
}

/** A paper's comparable properties from its row, pillars, concept links and code link. */
export function toPaperProperties(parts: {
  paper: Paper;
  pillars: readonly { slug: string; name: string }[];
  links: readonly PaperEntityLink[];
  codeUrl: string | null;
}): PaperProperties {
  const { paper, pillars, links, codeUrl } = parts;
  const linked = (kind: EntityKind) => mergeLinks(links.filter((link) => link.kind === kind));
  return {
    year: paper.year === null ? [] : [plain(String(paper.year), String(paper.year))],
    venue: paper.venue ? [plain(paper.venue.toLowerCase(), paper.venue)] : [],
    pillars: pillars.map((pillar) => plain(pillar.slug, pillar.name)),
    paradigms: linked(LINKED_KINDS.paradigms),
    algorithms: linked(LINKED_KINDS.algorithms),
    rewards: linked(LINKED_KINDS.rewards),
    benchmarks: linked(LINKED_KINDS.benchmarks),
    code: codeUrl ? [plain('code', 'Code', codeUrl)] : [],
  };
}

export const COMPARED_PROPERTIES: readonly ComparedProperty[] = [
  'year',
  'venue',
  'pillars',
  'paradigms',
  'algorithms',
  'rewards',
  'benchmarks',
  'code',
];

/** The comparison table: one row per property, with what all the papers have in common. */
export function compareProperties(papers: readonly PaperProperties[]): ComparisonRow[] {
  return COMPARED_PROPERTIES.map((property) => {
    const values = papers.map((paper) => paper[property]);
    const keySets = values.map((list) => new Set(list.map((value) => value.key)));
    const shared = (values[0] ?? []).filter((value) => keySets.every((set) => set.has(value.key)));
    const identical = shared.length > 0 && keySets.every((set) => set.size === shared.length);
    return { property, values, shared, identical };
  });
}
