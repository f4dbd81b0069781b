import type { EntityKind, OntologyEntity } from '../model/ontology/ontology';
import { ENTITY_KINDS } from '../model/ontology/ontology';
import type { Db } from './database';
import { countsByIds, groupRowsBy, jsonIds, orderRowsByIds } from './group-rows';

/** A stored ontology concept. */
export interface Entity {
  id: number;
  kind: EntityKind;
  slug: string;
  name: string;
  description: string;
  aliases: string[];
  /** Per-kind fields from the ontology: variantOf, task, pillars, paradigms, rewards … */
  attributes: EntityAttributes;
}

/** The ontology fields kept as JSON beside an entity's name (see `OntologyEntity`). */
export type EntityAttributes = Partial<
  Pick<
    OntologyEntity,
    | 'variantOf'
    | 'pillars'
    | 'task'
    | 'paradigms'
    | 'rewards'
    | 'evaluationLevel'
    | 'matchCase'
    | 'sectionPatterns'
  >
>;

export interface EntityRow {
  id: number;
  kind: string;
  slug: string;
  name: string;
  description: string;
  attributes: string;
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
    attributes: JSON.parse(row.attributes) as EntityAttributes,
  };
}

/** Entity columns of `entities e` for `rowToEntity`, aliases folded into a JSON array. */
export const ENTITY_COLUMNS = `e.id, e.kind, e.slug, e.name, e.description, e.attributes,
  (SELECT json_group_array(alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases`;

/** An ontology entry's per-kind fields, stored as the JSON `attributes` column. */
function splitOntologyEntity(entity: OntologyEntity): { attributes: EntityAttributes } {
  const attributes: Record<string, unknown> = { ...entity };
  for (const column of ['kind', 'slug', 'name', 'description', 'aliases'])
    delete attributes[column];
  return { attributes: attributes as EntityAttributes };
}

/** Writes an ontology entry (name, description, aliases, attributes); returns its id. */
export function upsertEntity(db: Db, entity: OntologyEntity): number {
  const { kind, slug, name, description, aliases } = entity;
  const rest = splitOntologyEntity(entity).attributes;
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
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.kind IN (SELECT value FROM json_each(?)) ORDER BY e.id`,
    )
    .all(JSON.stringify(kinds)) as EntityRow[];
  return rows.map(rowToEntity);
}

export function listEntitiesByIds(db: Db, ids: readonly number[]): (Entity | undefined)[] {
  const rows = db
    .prepare(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(jsonIds(ids)) as EntityRow[];
  return orderRowsByIds(ids, rows, (row) => row.id, rowToEntity);
}

export function findEntityBySlug(db: Db, kind: EntityKind, slug: string): Entity | undefined {
  const row = db
    .prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.kind = ? AND e.slug = ?`)
    .get(kind, slug) as EntityRow | undefined;
  return row ? rowToEntity(row) : undefined;
}

/** The pillars and groups each paper falls under through the sections that list it. */
export function listPillarsByPaperIds(db: Db, paperIds: readonly number[]): Entity[][] {
  const rows = db
    .prepare(
      `SELECT DISTINCT ps.paper_id, ${ENTITY_COLUMNS} FROM paper_sections ps
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
  return countsByIds(pillarIds, rows);
}

/**
 * Writes the ontology into `entities`, `entity_aliases` and `variant_of` relations, touching only
 * what differs, and drops entities of `removableKinds` the ontology no longer has (their links
 * go with them). Returns how many entities and relations changed: 0 when already in sync.
 */
export function syncOntologyEntities(
  db: Db,
  ontology: readonly OntologyEntity[],
  removableKinds: readonly EntityKind[],
): number {
  const key = (entity: { kind: string; slug: string }) => `${entity.kind}/${entity.slug}`;
  const stored = new Map(listEntitiesByKinds(db, ENTITY_KINDS).map((e) => [key(e), e]));
  const ids = new Map<string, number>();
  let changed = 0;
  for (const entity of ontology) {
    const existing = stored.get(key(entity));
    if (existing && sameAsStored(existing, entity)) ids.set(key(entity), existing.id);
    else {
      ids.set(key(entity), upsertEntity(db, entity));
      changed += 1;
    }
  }
  const stale = [...stored.values()].filter(
    (e) => removableKinds.includes(e.kind) && !ids.has(key(e)),
  );
  const remove = db.prepare('DELETE FROM entities WHERE id = ?');
  for (const entity of stale) remove.run(entity.id);
  const variantPairs = ontology.flatMap((entity) => {
    const from = ids.get(key(entity));
    const to = entity.variantOf && ids.get(key({ kind: entity.kind, slug: entity.variantOf }));
    return from !== undefined && to ? [{ fromId: from, toId: to }] : [];
  });
  return changed + stale.length + replaceRelations(db, 'variant_of', variantPairs);
}

function sameAsStored(stored: Entity, entity: OntologyEntity): boolean {
  const { name, description, aliases } = entity;
  const { attributes } = splitOntologyEntity(entity);
  const sorted = (values: readonly string[]) => JSON.stringify([...new Set(values)].sort());
  return (
    stored.name === name &&
    stored.description === description &&
    sorted(stored.aliases) === sorted(aliases) &&
    JSON.stringify(stored.attributes) === JSON.stringify(attributes)
  );
}

/** Makes `relation` hold exactly `pairs`; returns how many rows it added or deleted. */
function replaceRelations(
  db: Db,
  relation: string,
  pairs: readonly { fromId: number; toId: number }[],
): number {
  const pairKey = (p: { fromId: number; toId: number }) => `${p.fromId}>${p.toId}`;
  const existing = db
    .prepare('SELECT from_id AS fromId, to_id AS toId FROM entity_relations WHERE relation = ?')
    .all(relation) as { fromId: number; toId: number }[];
  const wanted = new Set(pairs.map(pairKey));
  const have = new Set(existing.map(pairKey));
  const remove = db.prepare(
    'DELETE FROM entity_relations WHERE from_id = ? AND relation = ? AND to_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO entity_relations (from_id, relation, to_id) VALUES (?, ?, ?)',
  );
  const stale = existing.filter((p) => !wanted.has(pairKey(p)));
  const missing = pairs.filter((p) => !have.has(pairKey(p)));
  for (const p of stale) remove.run(p.fromId, relation, p.toId);
  for (const p of missing) insert.run(p.fromId, relation, p.toId);
  return stale.length + missing.length;
}
