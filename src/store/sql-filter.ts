import type { PaperFilter, PaperOrder } from '../model/paper-filter';

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
  if (filter.authorIds?.length) {
    clauses.push(
      `p.id IN (SELECT paper_id FROM paper_authors WHERE author_id IN ${inList('authorIds', filter.authorIds)})`,
    );
  }
  if (filter.paperIds) clauses.push(`p.id IN ${inList('paperIds', filter.paperIds)}`);
  if (filter.listed !== undefined) {
    const listed = `EXISTS (SELECT 1 FROM paper_sections ps WHERE ps.paper_id = p.id)`;
    clauses.push(filter.listed ? listed : `NOT ${listed}`);
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };
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
      // Reading order of the first place a list puts the paper; unlisted papers last.
      return `coalesce((SELECT min(s.position * 100000 + ps.position) FROM paper_sections ps
        JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = p.id), 1e18), p.id`;
  }
}
