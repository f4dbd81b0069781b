import type { EntityKind } from '../model/ontology/ontology';
import type { Db } from './database';
import type { Entity, EntityRow } from './entity.store';
import { ENTITY_COLUMNS, rowToEntity } from './entity.store';
import { groupRowsBy, jsonIds } from './group-rows';

/** The entity each one is a direct variant of (`flow-grpo` → grpo), null for roots; key order. */
export function listVariantParentsByIds(db: Db, ids: readonly number[]): (Entity | null)[] {
  const rows = db
    .prepare(
      `SELECT r.from_id AS key_id, ${ENTITY_COLUMNS} FROM entity_relations r
       JOIN entities e ON e.id = r.to_id
       WHERE r.relation = 'variant_of' AND r.from_id IN (SELECT value FROM json_each(?))`,
    )
    .all(jsonIds(ids)) as (EntityRow & { key_id: number })[];
  return groupRowsBy(ids, rows, (row) => row.key_id, rowToEntity).map((list) => list[0] ?? null);
}

/** The direct variants of each entity (`grpo` → dapo, flow-grpo …), by name; key order. */
export function listVariantsByIds(db: Db, ids: readonly number[]): Entity[][] {
  const rows = db
    .prepare(
      `SELECT r.to_id AS key_id, ${ENTITY_COLUMNS} FROM entity_relations r
       JOIN entities e ON e.id = r.from_id
       WHERE r.relation = 'variant_of' AND r.to_id IN (SELECT value FROM json_each(?))
       ORDER BY e.name COLLATE NOCASE`,
    )
    .all(jsonIds(ids)) as (EntityRow & { key_id: number })[];
  return groupRowsBy(ids, rows, (row) => row.key_id, rowToEntity);
}

/**
 * Entities that an attribute of each entity names by slug: a benchmark's `pillars`, an
 * algorithm's `paradigms`, a paradigm's `rewards`. In the attribute's order; key order.
 */
export function listAttributeEntitiesByIds(
  db: Db,
  ids: readonly number[],
  attribute: 'pillars' | 'paradigms' | 'rewards',
  kinds: readonly EntityKind[],
): Entity[][] {
  const rows = db
    .prepare(
      `SELECT owner.id AS key_id, ${ENTITY_COLUMNS}
       FROM entities owner, json_each(owner.attributes, '$.' || @attribute) j
       JOIN entities e ON e.slug = j.value AND e.kind IN (SELECT value FROM json_each(@kinds))
       WHERE owner.id IN (SELECT value FROM json_each(@ids)) ORDER BY owner.id, j.key`,
    )
    .all({ ids: jsonIds(ids), attribute, kinds: JSON.stringify(kinds) }) as (EntityRow & {
    key_id: number;
  })[];
  return groupRowsBy(ids, rows, (row) => row.key_id, rowToEntity);
}
