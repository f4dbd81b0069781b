import { z } from 'zod';
import type { EntityKind, OntologyEntity } from './ontology';
import { ENTITY_KINDS, OntologyError } from './ontology';
import { describeIssue, oneLine, parseYamlList } from './parse-yaml-list';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
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

function entryLabel(raw: unknown, index: number): string {
  const slugValue = (raw as { slug?: unknown } | null)?.slug;
  return `entry ${index + 1}${typeof slugValue === 'string' ? ` (${slugValue})` : ''}`;
}
