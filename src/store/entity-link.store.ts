import type { EntityLink, LinkOrigin } from '../model/ontology/entity-mention';
import type { EntityKind } from '../model/ontology/ontology';
import type { PaperFilter } from '../model/selection/paper-filter';
import type { MentionRelation, TagRule } from '../model/ontology/entity-mention';
import type { Db } from './database';
import type { Entity, EntityRow } from './entity.store';
import { ENTITY_COLUMNS, listEntitiesByIds, rowToEntity } from './entity.store';
import { countsByIds, groupRowsBy, jsonIds } from './group-rows';
import { familyCte, paperFilterToSql } from './sql-filter';

/** A stored link of a paper to an entity, with the entity itself. */
export interface StoredEntityLink extends EntityLink {
  paperId: number;
  entity: Entity;
}

/** What `replaceEntityLinksOfPaper` writes: a planned link with its entity's id resolved. */
export type EntityLinkInput = EntityLink & { entityId: number };

interface LinkRow {
  paper_id: number;
  entity_id: number;
  relation: string;
  confidence: number;
  origin: string;
  note: string | null;
  ev_field: string | null;
  ev_text: string | null;
  ev_start: number | null;
  ev_end: number | null;
  ev_rule: string | null;
}

function rowToEntityLink(row: LinkRow, entity: Entity): StoredEntityLink {
  return {
    paperId: row.paper_id,
    entity,
    kind: entity.kind,
    slug: entity.slug,
    relation: row.relation as MentionRelation,
    confidence: row.confidence,
    origin: row.origin as LinkOrigin,
    note: row.note,
    evidence:
      row.ev_field === null
        ? null
        : {
            field: row.ev_field,
            matchedText: row.ev_text!,
            start: row.ev_start!,
            end: row.ev_end!,
            rule: row.ev_rule as TagRule,
          },
  };
}

/**
 * The tagger's and the overrides' links of each paper, surest first; one statement for any
 * number of papers, in key order. `kinds` narrows to some entity kinds (default: all).
 */
export function listEntityLinksByPaperIds(
  db: Db,
  paperIds: readonly number[],
  kinds?: readonly EntityKind[],
): StoredEntityLink[][] {
  const rows = db
    .prepare(
      `SELECT pe.paper_id, pe.entity_id, pe.relation, pe.confidence, pe.origin, pe.note,
         ev.field AS ev_field, ev.matched_text AS ev_text, ev.start_offset AS ev_start,
         ev.end_offset AS ev_end, ev.rule AS ev_rule
       FROM paper_entities pe JOIN entities e ON e.id = pe.entity_id
       LEFT JOIN paper_entity_evidence ev ON ev.paper_id = pe.paper_id
         AND ev.entity_id = pe.entity_id AND ev.relation = pe.relation
       WHERE pe.paper_id IN (SELECT value FROM json_each(@paperIds))
         AND pe.origin IN ('tagger', 'corpus', 'override')
         AND (@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))
       ORDER BY pe.paper_id, pe.confidence DESC, e.kind, e.name COLLATE NOCASE`,
    )
    .all({ paperIds: jsonIds(paperIds), kinds: kinds ? JSON.stringify(kinds) : null }) as LinkRow[];
  // Each entity is read once with its aliases, not once per link (a page has hundreds of links).
  const entityIds = [...new Set(rows.map((row) => row.entity_id))];
  const entities = new Map(
    listEntitiesByIds(db, entityIds).map((entity, i) => [entityIds[i]!, entity!]),
  );
  return groupRowsBy(
    paperIds,
    rows,
    (row) => row.paper_id,
    (row) => rowToEntityLink(row, entities.get(row.entity_id)!),
  );
}

/** Replaces a paper's tagger and override links (and their evidence) with `links`. */
export function replaceEntityLinksOfPaper(
  db: Db,
  paperId: number,
  links: readonly EntityLinkInput[],
): void {
  db.prepare(
    `DELETE FROM paper_entities WHERE paper_id = ? AND origin IN ('tagger', 'corpus', 'override')`,
  ).run(paperId);
  const insertLink = db.prepare(
    `INSERT INTO paper_entities (paper_id, entity_id, relation, confidence, origin, note)
     VALUES (@paperId, @entityId, @relation, @confidence, @origin, @note)`,
  );
  const insertEvidence = db.prepare(
    `INSERT INTO paper_entity_evidence
       (paper_id, entity_id, relation, field, matched_text, start_offset, end_offset, rule)
     VALUES (@paperId, @entityId, @relation, @field, @matchedText, @start, @end, @rule)`,
  );
  for (const link of links) {
    const key = { paperId, entityId: link.entityId, relation: link.relation };
    insertLink.run({ ...key, confidence: link.confidence, origin: link.origin, note: link.note });
    if (link.evidence) insertEvidence.run({ ...key, ...link.evidence });
  }
}

/**
 * Distinct papers linked to each entity or to any variant below it, among the papers `filter`
 * selects; one statement, in key order.
 */
export function countPapersByEntityIds(
  db: Db,
  entityIds: readonly number[],
  filter: PaperFilter = {},
): number[] {
  const { where, params } = paperFilterToSql(filter);
  const rows = db
    .prepare(
      `WITH RECURSIVE ${familyCte('SELECT value, value FROM json_each(@familyRoots)')}
       SELECT f.root AS id, count(DISTINCT pe.paper_id) AS n FROM family f
       JOIN paper_entities pe ON pe.entity_id = f.id JOIN papers p ON p.id = pe.paper_id
       WHERE ${where} GROUP BY f.root`,
    )
    .all({ ...params, familyRoots: jsonIds(entityIds) }) as { id: number; n: number }[];
  return countsByIds(entityIds, rows);
}

export type EntityOrder = 'NAME' | 'PAPER_COUNT';

/**
 * The entities of a kind with how many papers link to each (variants included), by name or most
 * papers first. With `usedBy`, counts only papers that filter selects and drops entities
 * no such paper links to: "benchmarks of VLA papers, most used first".
 */
export function listEntitiesWithPaperCounts(
  db: Db,
  kind: EntityKind,
  options: { usedBy?: PaperFilter | undefined; order: EntityOrder },
): { entity: Entity; paperCount: number }[] {
  const { where, params } = paperFilterToSql(options.usedBy);
  const order = options.order === 'NAME' ? '' : 'coalesce(c.n, 0) DESC,';
  const rows = db
    .prepare(
      `WITH RECURSIVE ${familyCte('SELECT id, id FROM entities WHERE kind = @entityKind')},
       counts AS (SELECT f.root, count(DISTINCT pe.paper_id) AS n FROM family f
         JOIN paper_entities pe ON pe.entity_id = f.id JOIN papers p ON p.id = pe.paper_id
         WHERE ${where} GROUP BY f.root)
       SELECT ${ENTITY_COLUMNS}, coalesce(c.n, 0) AS paper_count FROM entities e
       LEFT JOIN counts c ON c.root = e.id
       WHERE e.kind = @entityKind AND (@usedBy = 0 OR c.n > 0)
       ORDER BY ${order} e.name COLLATE NOCASE, e.id`,
    )
    .all({ ...params, entityKind: kind, usedBy: options.usedBy ? 1 : 0 }) as (EntityRow & {
    paper_count: number;
  })[];
  return rows.map((row) => ({ entity: rowToEntity(row), paperCount: row.paper_count }));
}

/** How many links of each entity kind the graph holds, and over how many papers. */
export function countEntityLinksByKind(
  db: Db,
): { kind: EntityKind; links: number; papers: number; proposes: number }[] {
  return db
    .prepare(
      `SELECT e.kind AS kind, count(*) AS links, count(DISTINCT pe.paper_id) AS papers,
         sum(pe.relation = 'proposes') AS proposes
       FROM paper_entities pe JOIN entities e ON e.id = pe.entity_id GROUP BY e.kind ORDER BY e.kind`,
    )
    .all() as { kind: EntityKind; links: number; papers: number; proposes: number }[];
}
