import type { FeatureOccurrence, PaperFeature } from '../model/analysis/analysis-related';
import type { EntityKind } from '../model/ontology/ontology';
import type { Db } from './database';

/**
 * Feature type and id, holder, confidence, corpus size; then kind, key and label, on the paper's
 * own rows only: a feature's holders run to hundreds of thousands of rows at 100k papers, and
 * reading its names once per row cost more than the rest of the query.
 */
type OccurrenceRow = [
  type: 'entity' | 'family' | 'section',
  featureId: number,
  paperId: number,
  confidence: number,
  paperCount: number,
  kind: string | null,
  key: string | null,
  label: string | null,
];

/** The features named on the paper's own rows (every feature has one), by type and id. */
function featuresOf(rows: readonly OccurrenceRow[], paperId: number): Map<string, PaperFeature> {
  const features = new Map<string, PaperFeature>();
  for (const [type, id, holder, , , kind, key, label] of rows) {
    if (holder !== paperId) continue;
    features.set(`${type}:${id}`, {
      type,
      id,
      kind: kind as EntityKind | null,
      key: key!,
      label: label!,
    });
  }
  return features;
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
       SELECT 'entity', e.id, pe.paper_id, max(pe.confidence), (SELECT count(*) FROM papers),
         ${ownRowOnly('pe', 'e.kind', 'e.slug', 'e.name')}
       FROM paper_entities pe JOIN entities e ON e.id = pe.entity_id
       WHERE pe.confidence >= @minConfidence AND pe.entity_id IN (SELECT entity_id FROM paper_entities
         WHERE paper_id = @paperId AND confidence >= @minConfidence)
       GROUP BY pe.entity_id, pe.paper_id
       UNION ALL
       SELECT 'family', e.id, pf.paper_id, pf.confidence, (SELECT count(*) FROM papers),
         ${ownRowOnly('pf', 'e.kind', 'e.slug', 'e.name')}
       FROM paper_families pf JOIN entities e ON e.id = pf.family_id
       WHERE pf.family_id IN (SELECT family_id FROM paper_families WHERE paper_id = @paperId)
       UNION ALL
       SELECT 'section', s.id, ps.paper_id, 1, (SELECT count(*) FROM papers),
         ${ownRowOnly('ps', 'NULL', 'CAST(s.id AS TEXT)', 's.path')}
       FROM paper_sections ps JOIN sections s ON s.id = ps.section_id
       WHERE ps.section_id IN (SELECT section_id FROM paper_sections WHERE paper_id = @paperId)`,
    )
    .raw()
    .all({ paperId, minConfidence }) as OccurrenceRow[];
  const features = featuresOf(rows, paperId);
  return {
    paperCount: rows[0]?.[4] ?? 0,
    occurrences: rows.map(([type, id, holder, confidence]) => ({
      feature: features.get(`${type}:${id}`)!,
      paperId: holder,
      confidence,
    })),
  };
}

/** Kind, key and label columns, filled on the row of the paper asked about, else NULL. */
function ownRowOnly(holder: string, kind: string, key: string, label: string): string {
  const own = `${holder}.paper_id = @paperId`;
  return [kind, key, label].map((column) => `CASE WHEN ${own} THEN ${column} END`).join(', ');
}
