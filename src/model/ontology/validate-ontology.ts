import type { EntityKind, OntologyEntity, OntologyProblem } from './ontology';
import { normalizeTerm } from './ontology';

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
