import type { Dimension, DimensionAxis, DimensionValue } from '../model/analysis/analysis';
import type { EntityKind } from '../model/ontology/ontology';
import type { PaperFilter } from '../model/selection/paper-filter';
import type { Db } from './database';
import { jsonIds } from './group-rows';
import { paperFilterToSql } from './sql-filter';

/** Which papers a dimension is read over, and how sure an entity link must be to count. */
export interface AxisOptions {
  /** PILLAR also counts the list's other groups (benchmarks, others). */
  includeGroups?: boolean | undefined;
  /** Entity links below this tagger confidence are ignored (0…1). */
  minConfidence?: number | undefined;
}

const IDS = '(SELECT value FROM json_each(@ids))';
const ENTITY_KINDS: Partial<Record<Dimension, EntityKind>> = {
  paradigm: 'paradigm',
  algorithm: 'algorithm',
  reward: 'reward',
  benchmark: 'benchmark',
  'evaluation-level': 'evaluation-level',
};

/** Rows are (paper_id, key, label, parent_key, sort); paper_id NULL declares a value no paper may have. */
const entitySql = `SELECT pe.paper_id AS paper_id, e.slug AS key, e.name AS label, NULL AS parent_key,
    e.id AS sort FROM paper_entities pe JOIN entities e ON e.id = pe.entity_id
  WHERE e.kind = @kind AND pe.confidence >= @minConfidence AND pe.paper_id IN ${IDS}
  GROUP BY pe.paper_id, e.id`;

/** A family is an algorithm that has variants, or a root algorithm; it holds its whole subtree. */
const familySql = `WITH RECURSIVE up(entity_id, family_id) AS (
    SELECT id, id FROM entities WHERE kind = 'algorithm'
    UNION SELECT up.entity_id, r.to_id FROM up
      JOIN entity_relations r ON r.from_id = up.family_id AND r.relation = 'variant_of')
  SELECT DISTINCT pe.paper_id AS paper_id, f.slug AS key, f.name AS label,
    (SELECT p.slug FROM entity_relations r JOIN entities p ON p.id = r.to_id
      WHERE r.from_id = f.id AND r.relation = 'variant_of' ORDER BY p.id LIMIT 1) AS parent_key,
    f.id AS sort
  FROM paper_entities pe JOIN up ON up.entity_id = pe.entity_id JOIN entities f ON f.id = up.family_id
  WHERE pe.confidence >= @minConfidence AND pe.paper_id IN ${IDS}
    AND (EXISTS (SELECT 1 FROM entity_relations v WHERE v.to_id = f.id AND v.relation = 'variant_of')
      OR NOT EXISTS (SELECT 1 FROM entity_relations v WHERE v.from_id = f.id AND v.relation = 'variant_of'))`;

/** Pillars (or groups) of the papers each paper cites, through works resolved to papers. */
const citedPillarSql = `SELECT NULL AS paper_id, e.slug AS key, e.name AS label, NULL AS parent_key, e.id AS sort
    FROM entities e WHERE e.kind IN (SELECT value FROM json_each(@pillarKinds))
  UNION ALL
  SELECT DISTINCT a.paper_id, e.slug, e.name, NULL, e.id FROM citations c
    JOIN works a ON a.id = c.citing_work_id JOIN works b ON b.id = c.cited_work_id
    JOIN paper_sections ps ON ps.paper_id = b.paper_id JOIN sections s ON s.id = ps.section_id
    JOIN entities e ON e.id = s.pillar_id
    WHERE e.kind IN (SELECT value FROM json_each(@pillarKinds)) AND a.paper_id IN ${IDS}
      AND b.paper_id <> a.paper_id`;

const DIMENSION_SQL: Record<Dimension, string> = {
  pillar: `SELECT NULL AS paper_id, e.slug AS key, e.name AS label, NULL AS parent_key, e.id AS sort
      FROM entities e WHERE e.kind IN (SELECT value FROM json_each(@pillarKinds))
    UNION ALL
    SELECT DISTINCT ps.paper_id, e.slug, e.name, NULL, e.id FROM paper_sections ps
      JOIN sections s ON s.id = ps.section_id JOIN entities e ON e.id = s.pillar_id
      WHERE e.kind IN (SELECT value FROM json_each(@pillarKinds)) AND ps.paper_id IN ${IDS}`,
  section: `WITH RECURSIVE tops(id, top_id) AS (
      SELECT id, id FROM sections WHERE parent_id IS NULL
      UNION ALL SELECT s.id, t.top_id FROM sections s JOIN tops t ON s.parent_id = t.id)
    SELECT NULL AS paper_id, CAST(s.id AS TEXT) AS key, s.name AS label, NULL AS parent_key,
      s.list_id * 1000000 + s.position AS sort FROM sections s WHERE s.parent_id IS NULL AND s.listed = 1
    UNION ALL
    SELECT DISTINCT ps.paper_id, CAST(top.id AS TEXT), top.name, NULL, top.list_id * 1000000 + top.position
      FROM paper_sections ps JOIN tops t ON t.id = ps.section_id JOIN sections top ON top.id = t.top_id
      WHERE ps.paper_id IN ${IDS}`,
  paradigm: entitySql,
  algorithm: entitySql,
  'algorithm-family': familySql,
  reward: entitySql,
  benchmark: entitySql,
  'evaluation-level': entitySql,
  year: `SELECT p.id AS paper_id, CAST(p.year AS TEXT) AS key, CAST(p.year AS TEXT) AS label,
      NULL AS parent_key, p.year AS sort FROM papers p WHERE p.year IS NOT NULL AND p.id IN ${IDS}`,
  'year-month': `SELECT p.id AS paper_id, printf('%04d-%02d', p.year, p.month) AS key,
      printf('%04d-%02d', p.year, p.month) AS label, NULL AS parent_key, p.year * 100 + p.month AS sort
    FROM papers p WHERE p.year IS NOT NULL AND p.month IS NOT NULL AND p.id IN ${IDS}`,
  // Venues differing only in case are one value, named by their first spelling.
  venue: `SELECT p.id AS paper_id, v.name AS key, v.name AS label, NULL AS parent_key, 0 AS sort
    FROM papers p JOIN (SELECT lower(venue) AS folded, min(venue) AS name FROM papers
      WHERE trim(coalesce(venue, '')) <> '' GROUP BY lower(venue)) v ON v.folded = lower(p.venue)
    WHERE p.id IN ${IDS}`,
  author: `SELECT DISTINCT pa.paper_id AS paper_id, CAST(a.id AS TEXT) AS key, a.name AS label,
      NULL AS parent_key, a.id AS sort
    FROM paper_authors pa JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id IN ${IDS}`,
  'cited-pillar': citedPillarSql,
};

interface AxisRow {
  paper_id: number | null;
  key: string;
  label: string;
  parent_key: string | null;
}

function rowToDimensionValue(row: AxisRow): DimensionValue {
  return { key: row.key, label: row.label, parentKey: row.parent_key };
}

/** The ids of the papers a filter selects, ascending. */
export function listFilteredPaperIds(db: Db, filter: PaperFilter = {}): number[] {
  const { where, params } = paperFilterToSql(filter);
  return db
    .prepare(`SELECT p.id FROM papers p WHERE ${where} ORDER BY p.id`)
    .pluck()
    .all(params) as number[];
}

/** A dimension's values and which of `paperIds` has which, in one statement. */
export function listDimensionAxis(
  db: Db,
  dimension: Dimension,
  paperIds: readonly number[],
  options: AxisOptions = {},
): DimensionAxis {
  const params = {
    ids: jsonIds(paperIds),
    kind: ENTITY_KINDS[dimension] ?? null,
    minConfidence: options.minConfidence ?? 0,
    pillarKinds: JSON.stringify(options.includeGroups ? ['pillar', 'group'] : ['pillar']),
  };
  const sql = `SELECT paper_id, key, label, parent_key FROM (${DIMENSION_SQL[dimension]})
    ORDER BY sort, label, paper_id`;
  const rows = db.prepare(sql).all(params) as AxisRow[];
  const values = new Map<string, DimensionValue>();
  for (const row of rows) if (!values.has(row.key)) values.set(row.key, rowToDimensionValue(row));
  const members = rows.flatMap((row) =>
    row.paper_id === null ? [] : [{ paperId: row.paper_id, key: row.key }],
  );
  return { dimension, values: [...values.values()], members };
}
