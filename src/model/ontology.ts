import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

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

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const oneLine = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !/[\r\n]/.test(text), 'must be one line');
const lowercase = oneLine.refine((text) => text === text.toLowerCase(), 'must be lowercase');

const entrySchema = z.strictObject({
  slug,
  kind: z.enum(ENTITY_KINDS).optional(),
  name: oneLine,
  aliases: z.array(oneLine).default([]),
  description: oneLine,
  variantOf: slug.optional(),
  pillars: z.array(slug).optional(),
  task: oneLine.optional(),
  sectionPatterns: z.array(lowercase).min(1).optional(),
  paradigms: z.array(slug).min(1).optional(),
  rewards: z.array(slug).min(1).optional(),
  evaluationLevel: slug.optional(),
  matchCase: z.enum(['auto', 'sensitive', 'insensitive']).optional(),
});
type Entry = z.infer<typeof entrySchema>;

/** Which kinds may share a file with the file's own kind (`pillars.yaml` also holds groups). */
const KINDS_IN_FILE: Partial<Record<EntityKind, EntityKind[]>> = { pillar: ['pillar', 'group'] };

/** Fields that only make sense for some kinds; anything else is a mistake in the file. */
const FIELD_KINDS: Record<string, EntityKind[]> = {
  variantOf: ['algorithm'],
  paradigms: ['algorithm'],
  rewards: ['paradigm'],
  pillars: ['benchmark'],
  task: ['benchmark'],
  sectionPatterns: ['pillar', 'group'],
  evaluationLevel: ['reward', 'benchmark'],
};

/**
 * Parses one ontology file: a YAML list of entries of `kind` (an entry may name another kind
 * only where `KINDS_IN_FILE` allows it). Curated data, so nothing is skipped: any bad entry
 * makes it throw an `OntologyError` that lists every problem with its file and entry.
 */
export function parseOntologyYaml(text: string, file: string, kind: EntityKind): OntologyEntity[] {
  const entries = parseYamlList(text, file);
  const problems: string[] = [];
  const entities: OntologyEntity[] = [];
  entries.forEach((raw, index) => {
    const label = entryLabel(raw, index);
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => describeIssue(label, issue)));
      return;
    }
    const entity = toEntity(result.data, kind);
    const allowed = KINDS_IN_FILE[kind] ?? [kind];
    if (!allowed.includes(entity.kind)) {
      problems.push(`${label}: kind ${entity.kind} does not belong in a ${kind} file`);
    }
    for (const [field, kinds] of Object.entries(FIELD_KINDS)) {
      if (field in result.data && !kinds.includes(entity.kind)) {
        problems.push(`${label}: ${field} is not used for kind ${entity.kind}`);
      }
    }
    entities.push(entity);
  });
  if (problems.length > 0) throw new OntologyError(file, problems);
  return entities;
}

function toEntity({ kind: ownKind, ...fields }: Entry, fileKind: EntityKind): OntologyEntity {
  return { kind: ownKind ?? fileKind, ...fields };
}

/** The top-level YAML list of one of our curated files; an OntologyError names the file if not. */
export function parseYamlList(text: string, file: string): unknown[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new OntologyError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new OntologyError(file, ['expected a list of entries']);
  return data;
}

/** `entry 2 (dpo): description: is required`, `entry 2 (dpo): unknown field "descripton"`. */
function describeIssue(label: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${label}: unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return `${label}: ${issue.path.join('.') || 'entry'}: ${missing ? 'is required' : issue.message}`;
}

function entryLabel(raw: unknown, index: number): string {
  const slugValue = (raw as { slug?: unknown } | null)?.slug;
  return `entry ${index + 1}${typeof slugValue === 'string' ? ` (${slugValue})` : ''}`;
}

/**
 * Checks the whole ontology across files: slugs unique per kind, no name or alias claimed by
 * two entities of one kind, every reference (variantOf, pillars, paradigms, rewards, evaluationLevel)
 * pointing at an existing entity of the right kind, and no cycle in the variant tree.
 */
export function validateOntology(entities: OntologyEntity[]): OntologyProblem[] {
  return [
    ...findDuplicateSlugs(entities),
    ...findDuplicateNames(entities),
    ...findDanglingReferences(entities),
    ...findVariantCycles(entities),
  ];
}

const where = (entity: OntologyEntity): string => `${entity.kind}/${entity.slug}`;

function findDuplicateSlugs(entities: OntologyEntity[]): OntologyProblem[] {
  const seen = new Set<string>();
  const problems: OntologyProblem[] = [];
  for (const entity of entities) {
    const key = where(entity);
    if (seen.has(key)) problems.push({ where: key, reason: 'slug is used twice in this kind' });
    seen.add(key);
  }
  return problems;
}

/** Normal form used to compare spellings: case, hyphens and spaces do not count. */
export function normalizeTerm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u2010\u2011-]+/g, ' ')
    .trim();
}

function findDuplicateNames(entities: OntologyEntity[]): OntologyProblem[] {
  const owners = new Map<string, OntologyEntity>();
  const problems: OntologyProblem[] = [];
  for (const entity of entities) {
    const spellings = new Set([entity.name, ...entity.aliases].map(normalizeTerm));
    const patterns = (entity.sectionPatterns ?? []).map((pattern) => `section:${pattern}`);
    for (const spelling of [...spellings, ...patterns]) {
      const key = `${entity.kind === 'group' ? 'pillar' : entity.kind}:${spelling}`;
      const owner = owners.get(key);
      if (owner && owner !== entity) {
        problems.push({
          where: where(entity),
          reason: `"${spelling}" is also claimed by ${where(owner)}`,
        });
      } else owners.set(key, entity);
    }
  }
  return problems;
}

function findDanglingReferences(entities: OntologyEntity[]): OntologyProblem[] {
  const exists = (kinds: EntityKind[], target: string) =>
    entities.some((entity) => kinds.includes(entity.kind) && entity.slug === target);
  const problems: OntologyProblem[] = [];
  const check = (entity: OntologyEntity, field: string, kinds: EntityKind[], targets: string[]) => {
    for (const target of targets) {
      if (!exists(kinds, target)) {
        problems.push({
          where: where(entity),
          reason: `${field} "${target}" is not a known ${kinds.join(' or ')}`,
        });
      }
    }
  };
  for (const entity of entities) {
    if (entity.variantOf === entity.slug) {
      problems.push({ where: where(entity), reason: 'is a variant of itself' });
    } else if (entity.variantOf) check(entity, 'variantOf', [entity.kind], [entity.variantOf]);
    check(entity, 'pillars', ['pillar'], entity.pillars ?? []);
    check(entity, 'paradigms', ['paradigm'], entity.paradigms ?? []);
    check(entity, 'rewards', ['reward'], entity.rewards ?? []);
    check(
      entity,
      'evaluationLevel',
      ['evaluation-level'],
      entity.evaluationLevel ? [entity.evaluationLevel] : [],
    );
  }
  return problems;
}

function findVariantCycles(entities: OntologyEntity[]): OntologyProblem[] {
  const problems: OntologyProblem[] = [];
  for (const entity of entities) {
    const chain = [entity.slug];
    let current: OntologyEntity | undefined = entity;
    while (current?.variantOf && current.variantOf !== current.slug) {
      const parent: string = current.variantOf;
      if (parent === entity.slug) {
        problems.push({
          where: where(entity),
          reason: `variantOf cycle: ${[...chain, parent].join(' → ')}`,
        });
        break;
      }
      if (chain.includes(parent)) break; // a cycle further up; reported from its own members
      chain.push(parent);
      current = entities.find((other) => other.kind === entity.kind && other.slug === parent);
    }
  }
  return problems;
}

/** The entities `entity` is a variant of, nearest first (`flow-grpo` → grpo, ppo, …). */
export function listVariantAncestors(
  entity: OntologyEntity,
  ontology: OntologyEntity[],
): OntologyEntity[] {
  const ancestors: OntologyEntity[] = [];
  let parentSlug = entity.variantOf;
  while (
    parentSlug &&
    parentSlug !== entity.slug &&
    !ancestors.some((a) => a.slug === parentSlug)
  ) {
    const parent: OntologyEntity | undefined = ontology.find(
      (other) => other.kind === entity.kind && other.slug === parentSlug,
    );
    if (!parent) break;
    ancestors.push(parent);
    parentSlug = parent.variantOf;
  }
  return ancestors;
}

export type AbbreviationCategory = 'task' | 'modality' | 'model' | 'method' | 'metric' | 'other';

/** An abbreviation and its spelled-out forms, for search query expansion. */
export interface Abbreviation {
  /** As written, case-sensitive: `T2I`, `CoT`. */
  abbreviation: string;
  /** Spelled-out forms, matched ignoring case: `text-to-image`. */
  expansions: string[];
  category: AbbreviationCategory;
}

const abbreviationSchema = z.strictObject({
  abbreviation: oneLine,
  expansions: z.array(oneLine).min(1),
  category: z.enum(['task', 'modality', 'model', 'method', 'metric', 'other']).default('other'),
});

/** Parses `abbreviations.yaml`; throws an `OntologyError` listing every bad or repeated entry. */
export function parseAbbreviationsYaml(text: string, file: string): Abbreviation[] {
  const problems: string[] = [];
  const abbreviations: Abbreviation[] = [];
  const seen = new Set<string>();
  parseYamlList(text, file).forEach((raw, index) => {
    const result = abbreviationSchema.safeParse(raw);
    const name = (raw as { abbreviation?: unknown } | null)?.abbreviation;
    const label = `entry ${index + 1}${typeof name === 'string' ? ` (${name})` : ''}`;
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => describeIssue(label, issue)));
      return;
    }
    if (seen.has(result.data.abbreviation)) problems.push(`${label}: abbreviation is listed twice`);
    seen.add(result.data.abbreviation);
    abbreviations.push(result.data);
  });
  if (problems.length > 0) throw new OntologyError(file, problems);
  return abbreviations;
}
