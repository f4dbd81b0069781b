import type { FeatureOccurrence } from '../model/analysis/analysis-related';
import type { EntityKind } from '../model/ontology/ontology';
import type { Db } from './database';

interface OccurrenceRow {
  type: 'entity' | 'family' | 'section';
  feature_id: number;
  kind: string | null;
  key: string;
  label: string;
  paper_id: number;
  confidence: number;
  paper_count: number;
}

function rowToFeatureOccurrence(row: OccurrenceRow): FeatureOccurrence {
  return {
    feature: {
      type: row.type,
      id: row.feature_id,
      kind: row.kind as EntityKind | null,
      key: row.key,
      label: row.label,
    },
    paperId: row.paper_id,
    confidence: row.confidence,
  };
}

/**
 * The nearest family of each algorithm: itself when it has variants, else the closest algorithm
 * above it that has (TempFlow-GRPO → Flow-GRPO, DanceGRPO → GRPO); roots without variants have none.
 */
const NEAREST_FAMILY = `up(entity_id, family_id, depth) AS (
    SELECT id, id, 0 FROM entities WHERE kind = 'algorithm'
    UNION SELECT up.entity_id, r.to_id, up.depth + 1 FROM up
      JOIN entity_relations r ON r.from_id = up.family_id AND r.relation = 'variant_of'),
  families AS (SELECT up.* FROM up WHERE EXISTS (SELECT 1 FROM entity_relations v
      WHERE v.to_id = up.family_id AND v.relation = 'variant_of')),
  nearest AS (SELECT f.entity_id, f.family_id FROM families f
    WHERE f.depth = (SELECT min(depth) FROM families g WHERE g.entity_id = f.entity_id)),
  paper_families AS (SELECT pe.paper_id, n.family_id, max(pe.confidence) AS confidence
    FROM paper_entities pe JOIN nearest n ON n.entity_id = pe.entity_id
    WHERE pe.confidence >= @minConfidence GROUP BY pe.paper_id, n.family_id)`;

/**
 * Every paper that shares a concept, an algorithm family or a section with `paperId` (itself
 * included), one row per shared feature, and how many papers the graph holds: what an idf
 * weighting needs.
 */
export function listSharedFeatures(
  db: Db,
  paperId: number,
  minConfidence = 0,
): { paperCount: number; occurrences: FeatureOccurrence[] } {
  const rows = db
    .prepare(
      `WITH RECURSIVE ${NEAREST_FAMILY}
       SELECT 'entity' AS type, e.id AS feature_id, e.kind, e.slug AS key, e.name AS label,
         pe.paper_id, max(pe.confidence) AS confidence, (SELECT count(*) FROM papers) AS paper_count
       FROM paper_entities pe JOIN entities e ON e.id = pe.entity_id
       WHERE pe.confidence >= @minConfidence AND pe.entity_id IN (SELECT entity_id FROM paper_entities
         WHERE paper_id = @paperId AND confidence >= @minConfidence)
       GROUP BY pe.entity_id, pe.paper_id
       UNION ALL
       SELECT 'family', e.id, e.kind, e.slug, e.name, pf.paper_id, pf.confidence,
         (SELECT count(*) FROM papers)
       FROM paper_families pf JOIN entities e ON e.id = pf.family_id
       WHERE pf.family_id IN (SELECT family_id FROM paper_families WHERE paper_id = @paperId)
       UNION ALL
       SELECT 'section', s.id, NULL, CAST(s.id AS TEXT), s.path, ps.paper_id, 1,
         (SELECT count(*) FROM papers)
       FROM paper_sections ps JOIN sections s ON s.id = ps.section_id
       WHERE ps.section_id IN (SELECT section_id FROM paper_sections WHERE paper_id = @paperId)`,
    )
    .all({ paperId, minConfidence }) as OccurrenceRow[];
  return {
    paperCount: rows[0]?.paper_count ?? 0,
    occurrences: rows.map(rowToFeatureOccurrence),
  };
}
