import type { EntityKind } from '../model/ontology/ontology';
import type { PaperFilter, PaperOrder } from '../model/selection/paper-filter';
import { normalisePersonName } from '../model/paper/person-name';

/** A WHERE clause over `papers p` with its named parameters. */
export interface SqlCondition {
  where: string;
  params: Record<string, unknown>;
}

/** Translates a PaperFilter into SQL; the only place filter semantics meet SQL. */
export function paperFilterToSql(filter: PaperFilter = {}): SqlCondition {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const inList = (name: string, values: readonly unknown[]) => {
    params[name] = JSON.stringify(values);
    return `(SELECT value FROM json_each(@${name}))`;
  };
  if (filter.pillars?.length) {
    clauses.push(`p.id IN (SELECT ps.paper_id FROM paper_sections ps
      JOIN sections s ON s.id = ps.section_id JOIN entities e ON e.id = s.pillar_id
      WHERE e.slug IN ${inList('pillars', filter.pillars)})`);
  }
  if (filter.sectionIds?.length) {
    clauses.push(`p.id IN (SELECT ps.paper_id FROM paper_sections ps JOIN sections s ON s.id = ps.section_id
      JOIN sections top ON top.list_id = s.list_id AND (s.path = top.path OR s.path LIKE top.path || ' / %')
      WHERE top.id IN ${inList('sectionIds', filter.sectionIds)})`);
  }
  if (filter.yearFrom !== undefined) {
    clauses.push('p.year >= @yearFrom');
    params['yearFrom'] = filter.yearFrom;
  }
  if (filter.yearTo !== undefined) {
    clauses.push('p.year <= @yearTo');
    params['yearTo'] = filter.yearTo;
  }
  if (filter.venues?.length) {
    const lowered = filter.venues.map((v) => v.toLowerCase());
    clauses.push(`lower(p.venue) IN ${inList('venues', lowered)}`);
  }
  if (filter.hasCode !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM paper_links l WHERE l.paper_id = p.id AND l.kind = 'code')`;
    clauses.push(filter.hasCode ? exists : `NOT ${exists}`);
  }
  if (filter.authorIds?.length || filter.authors?.length) {
    const keys = (filter.authors ?? []).map(normalisePersonName);
    clauses.push(`p.id IN (SELECT pa.paper_id FROM paper_authors pa JOIN authors a ON a.id = pa.author_id
      WHERE a.id IN ${inList('authorIds', filter.authorIds ?? [])}
        OR a.name_key IN ${inList('authorKeys', keys)})`);
  }
  for (const [field, kind] of ENTITY_FILTERS) {
    const slugs = filter[field];
    if (!slugs?.length) continue;
    const seeds = `SELECT id, id FROM entities WHERE kind = '${kind}' AND slug IN ${inList(field, slugs)}`;
    clauses.push(`p.id IN (WITH RECURSIVE ${familyCte(seeds)}
      SELECT pe.paper_id FROM paper_entities pe JOIN family f ON f.id = pe.entity_id)`);
  }
  (filter.entityIds ?? []).forEach((entityId, i) => {
    params[`entityId${i}`] = entityId;
    clauses.push(`p.id IN (WITH RECURSIVE ${familyCte(`SELECT @entityId${i}, @entityId${i}`)}
      SELECT pe.paper_id FROM paper_entities pe JOIN family f ON f.id = pe.entity_id)`);
  });
  if (filter.paperIds) clauses.push(`p.id IN ${inList('paperIds', filter.paperIds)}`);
  if (filter.listed !== undefined) {
    const listed = `EXISTS (SELECT 1 FROM paper_sections ps WHERE ps.paper_id = p.id)`;
    clauses.push(filter.listed ? listed : `NOT ${listed}`);
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };
}

/** PaperFilter fields that name entities by slug, and the kind each one names. */
const ENTITY_FILTERS = [
  ['algorithms', 'algorithm'],
  ['rewards', 'reward'],
  ['benchmarks', 'benchmark'],
  ['paradigms', 'paradigm'],
] as const satisfies readonly (readonly [keyof PaperFilter, EntityKind])[];

/**
 * A recursive CTE `family(root, id)`: each seed entity (`seeds` selects `root, id` pairs) and
 * every variant below it, at any depth. Linking to a variant counts as linking to its family.
 */
export function familyCte(seeds: string): string {
  return `family(root, id) AS (${seeds}
    UNION SELECT f.root, r.from_id FROM family f
    JOIN entity_relations r ON r.to_id = f.id AND r.relation = 'variant_of')`;
}

export function paperOrderToSql(order: PaperOrder): string {
  switch (order) {
    case 'NEWEST':
      return 'p.year IS NULL, p.year DESC, p.month DESC, p.id';
    case 'OLDEST':
      return 'p.year IS NULL, p.year, p.month, p.id';
    case 'TITLE':
      return 'p.title COLLATE NOCASE, p.id';
    case 'LIST':
      // Reading order of the first place a list puts the paper; unlisted papers last. Kept by
      // triggers (migration 0020), so a page reads the index instead of sorting every paper.
      return 'p.list_order, p.id';
  }
}
