import type { PaperFilter } from '../model/selection/paper-filter';
import type { Db } from '../store/database';
import type { Entity } from '../store/entity.store';
import { listEntitiesByKinds } from '../store/entity.store';
import type { ConceptField } from './parse-search-query';
import { SearchSyntaxError } from './parse-search-query';
import { foldTerm, splitWords } from './search-terms';

/** `algorithm:GRPO` → the filter `{ algorithms: ['grpo'] }`; pillars also match list groups. */
const FILTER_KEY = {
  algorithm: 'algorithms',
  reward: 'rewards',
  benchmark: 'benchmarks',
  paradigm: 'paradigms',
  pillar: 'pillars',
} as const satisfies Record<ConceptField, keyof PaperFilter>;

const key = (text: string) => splitWords(text).map(foldTerm).join(' ');

function kindsOf(field: ConceptField): Entity['kind'][] {
  return field === 'pillar' ? ['pillar', 'group'] : [field];
}

/** Finds the concept by slug, name or alias (any case, dashes and spaces alike). */
function resolveConcept(db: Db, field: ConceptField, value: string): string {
  const entities = listEntitiesByKinds(db, kindsOf(field));
  const wanted = key(value);
  const found = entities.find((entity) =>
    [entity.slug, entity.name, ...entity.aliases].some((name) => key(name) === wanted),
  );
  if (found) return found.slug;
  const near = entities
    .filter((entity) => [entity.slug, entity.name].some((name) => key(name).includes(wanted)))
    .slice(0, 5)
    .map((entity) => entity.name);
  throw new SearchSyntaxError(
    `no ${field} named "${value}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (\`surveygraph ontology show\` lists them)`,
  );
}

/** The filter that `field:value` concept clauses ask for; every clause must hold. */
export function resolveConceptFilter(
  db: Db,
  concepts: readonly { field: ConceptField; value: string }[],
): PaperFilter[] {
  return concepts.map(({ field, value }) => ({
    [FILTER_KEY[field]]: [resolveConcept(db, field, value)],
  }));
}
