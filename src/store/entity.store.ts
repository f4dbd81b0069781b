import type { EntityKind, OntologyEntity } from '../model/ontology';
import type { Db } from './database';
import { groupRowsBy, jsonIds } from './group-rows';

/** A stored ontology concept. */
export interface Entity {
  id: number;
  kind: EntityKind;
  slug: string;
  name: string;
  description: string;
  aliases: string[];
}

interface EntityRow {
  id: number;
  kind: string;
  slug: string;
  name: string;
  description: string;
  aliases: string | null;
}

export function rowToEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    kind: row.kind as EntityKind,
    slug: row.slug,
    name: row.name,
    description: row.description,
    aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
  };
}

const COLUMNS = `e.id, e.kind, e.slug, e.name, e.description,
  (SELECT json_group_array(alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases`;

/** Writes an ontology entry (name, description, aliases, attributes); returns its id. */
export function upsertEntity(db: Db, entity: OntologyEntity): number {
  const { kind, slug, name, description, aliases, ...rest } = entity;
  const id = db
    .prepare(
      `INSERT INTO entities (kind, slug, name, description, attributes) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, slug) DO UPDATE SET name = excluded.name,
         description = excluded.description, attributes = excluded.attributes
       RETURNING id`,
    )
    .pluck()
    .get(kind, slug, name, description, JSON.stringify(rest)) as number;
  db.prepare('DELETE FROM entity_aliases WHERE entity_id = ?').run(id);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)',
  );
  for (const alias of aliases) insert.run(id, alias);
  return id;
}

export function findEntityId(db: Db, kind: EntityKind, slug: string): number | undefined {
  return db
    .prepare('SELECT id FROM entities WHERE kind = ? AND slug = ?')
    .pluck()
    .get(kind, slug) as number | undefined;
}

export function listEntitiesByKinds(db: Db, kinds: readonly EntityKind[]): Entity[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM entities e WHERE e.kind IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
    )
    .all(JSON.stringify(kinds)) as EntityRow[];
  return rows.map(rowToEntity);
}

export function listEntitiesByIds(db: Db, ids: readonly number[]): (Entity | undefined)[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`)
    .all(jsonIds(ids)) as EntityRow[];
  const byId = new Map(rows.map((row) => [row.id, rowToEntity(row)]));
  return ids.map((id) => byId.get(id));
}

export function findEntityBySlug(db: Db, kind: EntityKind, slug: string): Entity | undefined {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM entities e WHERE e.kind = ? AND e.slug = ?`)
    .get(kind, slug) as EntityRow | undefined;
  return row ? rowToEntity(row) : undefined;
}

/** The pillars and groups each paper falls under through the sections that list it. */
export function listPillarsByPaperIds(db: Db, paperIds: readonly number[]): Entity[][] {
  const rows = db
    .prepare(
      `SELECT DISTINCT ps.paper_id, ${COLUMNS} FROM paper_sections ps
       JOIN sections s ON s.id = ps.section_id JOIN entities e ON e.id = s.pillar_id
       WHERE ps.paper_id IN (SELECT value FROM json_each(?)) ORDER BY ps.paper_id, e.id`,
    )
    .all(jsonIds(paperIds)) as (EntityRow & { paper_id: number })[];
  return groupRowsBy(paperIds, rows, (row) => row.paper_id, rowToEntity);
}

/** Distinct papers under each pillar or group (through sections). */
export function countPapersByPillarIds(db: Db, pillarIds: readonly number[]): number[] {
  const rows = db
    .prepare(
      `SELECT s.pillar_id AS id, count(DISTINCT ps.paper_id) AS n FROM paper_sections ps
       JOIN sections s ON s.id = ps.section_id
       WHERE s.pillar_id IN (SELECT value FROM json_each(?)) GROUP BY s.pillar_id`,
    )
    .all(jsonIds(pillarIds)) as { id: number; n: number }[];
  const byId = new Map(rows.map((row) => [row.id, row.n]));
  return pillarIds.map((id) => byId.get(id) ?? 0);
}
