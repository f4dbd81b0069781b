/**
 * The survey's concepts, curated by us in `db/ontology/*.yaml`: pillars and list groups,
 * alignment paradigms, algorithms, reward designs, benchmarks, evaluation levels.
 */
export type EntityKind =
  | 'pillar' // one of the survey's four pillars (MLLMs, visual generation, unified models, VLA)
  | 'group' // the list's other top-level groups (benchmarks, others)
  | 'paradigm'
  | 'algorithm'
  | 'reward'
  | 'benchmark'
  | 'evaluation-level';

export const ENTITY_KINDS = [
  'pillar',
  'group',
  'paradigm',
  'algorithm',
  'reward',
  'benchmark',
  'evaluation-level',
] as const satisfies readonly EntityKind[];

/** How aliases match letter case: `auto` decides word by word (see `tag-patterns.ts`). */
export type MatchCase = 'auto' | 'sensitive' | 'insensitive';

export interface OntologyEntity {
  kind: EntityKind;
  /** Stable id within its kind, kebab-case: `grpo`, `flow-grpo`, `visual-generation`. */
  slug: string;
  name: string;
  /** Other spellings: abbreviations, spelled-out names, common variants. Matched case-aware. */
  aliases: string[];
  /** One line in our own words. */
  description: string;
  /** For algorithms: the slug of the algorithm this one is a variant of. */
  variantOf?: string | undefined;
  /** For benchmarks: the pillars (slugs) they mostly serve. */
  pillars?: string[] | undefined;
  /** For benchmarks: the task family, e.g. `math reasoning`, `text-to-image`. */
  task?: string | undefined;
  /** For pillars and groups: heading words that place a list section under this entity. */
  sectionPatterns?: string[] | undefined;
  /** For algorithms: paradigms (slugs) it always belongs to; its variants inherit them. */
  paradigms?: string[] | undefined;
  /** For paradigms: reward designs (slugs) the paradigm always uses, e.g. RLVR → verifiable. */
  rewards?: string[] | undefined;
  /** For rewards and benchmarks: the evaluation level (slug) it mostly measures. */
  evaluationLevel?: string | undefined;
  /** Overrides the per-word case rule for all of this entity's names, e.g. `Habitat`. */
  matchCase?: MatchCase | undefined;
}

/** A problem found by `validateOntology`: which entity, and what is wrong with it. */
export interface OntologyProblem {
  where: string;
  reason: string;
}

/** Our own curated files are wrong: every problem is listed, naming the file and the entry. */
export class OntologyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    this.name = 'OntologyError';
  }
}

/** Normal form used to compare spellings: case, hyphens and spaces do not count. */
export function normalizeTerm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u2010\u2011-]+/g, ' ')
    .trim();
}
