import type { FacetSource, FacetValue } from '../model/selection/facet-table';
import type { EntityKind } from '../model/ontology/ontology';
import type { Db } from './database';
import { PATH_SEPARATOR } from './section.store';
import { familyCte } from './sql-filter';

/** The facets a search can be refined by, each read whole (see `FacetTable`). */
export type FacetName = 'pillars' | 'sections' | 'years' | EntityKind;

type PairRow = { paperId: number; key: number | null };

/**
 * Every facet's values and the papers that have them, in three statements per facet at most;
 * counted in JS for any set of papers. Pillars (and groups) come through the sections that list
 * a paper; sections are those that list it directly; a concept counts a paper linked to it or
 * to one of its variants, so each count is what filtering by that value returns.
 */
export function readFacetSources(
  db: Db,
  conceptKinds: readonly EntityKind[],
): Map<FacetName, FacetSource> {
  const sources = new Map<FacetName, FacetSource>([
    ['pillars', readPillarSource(db)],
    ['sections', readSectionSource(db)],
    ['years', readYearSource(db)],
  ]);
  for (const kind of conceptKinds) sources.set(kind, readConceptSource(db, kind));
  return sources;
}

function readPillarSource(db: Db): FacetSource {
  const pillars = db
    .prepare(
      `SELECT DISTINCT e.id AS key, e.slug AS value, e.name AS label, e.id AS "order"
       FROM sections s JOIN entities e ON e.id = s.pillar_id`,
    )
    .all() as (FacetValue & { key: number })[];
  const pairs = db
    .prepare(
      `SELECT DISTINCT ps.paper_id AS paperId, s.pillar_id AS key
       FROM paper_sections ps JOIN sections s ON s.id = ps.section_id WHERE s.pillar_id IS NOT NULL`,
    )
    .all() as PairRow[];
  return toSource(pillars, pairs);
}

function readSectionSource(db: Db): FacetSource {
  const sections = (
    db.prepare('SELECT id, path, position FROM sections').all() as {
      id: number;
      path: string;
      position: number;
    }[]
  ).map((s) => ({
    key: s.id,
    value: String(s.id),
    label: s.path.split(PATH_SEPARATOR).join(' › '),
    order: s.position,
  }));
  const pairs = db
    .prepare('SELECT DISTINCT paper_id AS paperId, section_id AS key FROM paper_sections')
    .all() as PairRow[];
  return toSource(sections, pairs);
}

/** Years newest first, papers without one last (`unknown`), whatever the counts. */
function readYearSource(db: Db): FacetSource {
  const pairs = db.prepare('SELECT id AS paperId, year AS key FROM papers').all() as PairRow[];
  const years = [...new Set(pairs.map((pair) => pair.key))].map((year) => ({
    key: year,
    value: String(year ?? 'unknown'),
    label: String(year ?? 'unknown'),
    order: year === null ? Number.MAX_SAFE_INTEGER : -year,
  }));
  return { ...toSource(years, pairs), byOrderOnly: true };
}

function readConceptSource(db: Db, kind: EntityKind): FacetSource {
  const entities = db
    .prepare('SELECT id AS key, slug AS value, name AS label FROM entities WHERE kind = ?')
    .all(kind) as (Omit<FacetValue, 'order'> & { key: number })[];
  // SQLite's NOCASE: ASCII letters folded, then code unit order.
  const folded = (label: string) => label.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const byName = [...entities].sort((a, b) =>
    folded(a.label) < folded(b.label) ? -1 : folded(a.label) > folded(b.label) ? 1 : a.key - b.key,
  );
  const pairs = db
    .prepare(
      `WITH RECURSIVE ${familyCte('SELECT id, id FROM entities WHERE kind = ?')}
       SELECT DISTINCT pe.paper_id AS paperId, f.root AS key
       FROM family f JOIN paper_entities pe ON pe.entity_id = f.id`,
    )
    .all(kind) as PairRow[];
  return toSource(
    byName.map((entity, order) => ({ ...entity, order })),
    pairs,
  );
}

function toSource(values: (FacetValue & { key: number | null })[], pairs: PairRow[]): FacetSource {
  const indexOf = new Map(values.map((value, index) => [value.key, index]));
  return {
    values: values.map(({ value, label, order }) => ({ value, label, order })),
    pairs: pairs.flatMap(({ paperId, key }) => {
      const index = indexOf.get(key);
      return index === undefined ? [] : [[paperId, index] as [number, number]];
    }),
  };
}
