import type { Collection, CollectionFailure, CollectionSource } from '../model/curation/collection';
import { collectionNameKey, normalizeCollectionName } from '../model/curation/collection';
import type { PaperFilter } from '../model/selection/paper-filter';
import type { Db } from './database';
import { countsByIds, groupRowsBy, jsonIds, orderRowsByIds } from './group-rows';

interface CollectionRow {
  id: number;
  name: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export function rowToCollection(row: CollectionRow): Collection {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface SourceRow {
  id: number;
  collection_id: number;
  kind: string;
  query: string | null;
  filter: string;
  paper_count: number;
  added_at: string;
}

export function rowToCollectionSource(row: SourceRow): CollectionSource {
  return {
    id: row.id,
    collectionId: row.collection_id,
    kind: row.kind as CollectionSource['kind'],
    query: row.query,
    filter: JSON.parse(row.filter) as PaperFilter,
    paperCount: row.paper_count,
    addedAt: row.added_at,
  };
}

/** A write that succeeded, with what it returns; or why it could not be done. */
export type CollectionResult<T = object> =
  ({ ok: true; collection: Collection } & T) | CollectionFailure;

export const COLLECTION_NOT_FOUND = { ok: false, reason: 'collection_not_found' } as const;

const COLUMNS = 'c.id, c.name, c.description, c.created_at, c.updated_at';

export function findCollectionById(db: Db, id: number): Collection | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM collections c WHERE c.id = ?`).get(id);
  return row ? rowToCollection(row as CollectionRow) : undefined;
}

/** Finds a collection by name, ignoring case and extra whitespace. */
export function findCollectionByName(db: Db, name: string): Collection | undefined {
  const key = collectionNameKey(name.replace(/\s+/g, ' ').trim());
  const row = db.prepare(`SELECT ${COLUMNS} FROM collections c WHERE c.name_key = ?`).get(key);
  return row ? rowToCollection(row as CollectionRow) : undefined;
}

/** Every collection, by name. */
export function listCollections(db: Db): Collection[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM collections c ORDER BY c.name_key`).all();
  return (rows as CollectionRow[]).map(rowToCollection);
}

export function listCollectionsByIds(db: Db, ids: readonly number[]): (Collection | undefined)[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM collections c WHERE c.id IN (SELECT value FROM json_each(?))`)
    .all(jsonIds(ids)) as CollectionRow[];
  return orderRowsByIds(ids, rows, (row) => row.id, rowToCollection);
}

/** The collections each paper is in, by name; one statement for any number of papers. */
export function listCollectionsByPaperIds(db: Db, paperIds: readonly number[]): Collection[][] {
  const rows = db
    .prepare(
      `SELECT cp.paper_id, ${COLUMNS} FROM collection_papers cp JOIN collections c ON c.id = cp.collection_id
       WHERE cp.paper_id IN (SELECT value FROM json_each(?)) ORDER BY cp.paper_id, c.name_key`,
    )
    .all(jsonIds(paperIds)) as (CollectionRow & { paper_id: number })[];
  return groupRowsBy(paperIds, rows, (row) => row.paper_id, rowToCollection);
}

export function countPapersByCollectionIds(db: Db, ids: readonly number[]): number[] {
  const rows = db
    .prepare(
      `SELECT collection_id AS id, count(*) AS n FROM collection_papers
       WHERE collection_id IN (SELECT value FROM json_each(?)) GROUP BY collection_id`,
    )
    .all(jsonIds(ids)) as { id: number; n: number }[];
  return countsByIds(ids, rows);
}

export function listSourcesByCollectionIds(db: Db, ids: readonly number[]): CollectionSource[][] {
  const rows = db
    .prepare(
      `SELECT id, collection_id, kind, query, filter, paper_count, added_at FROM collection_sources
       WHERE collection_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(jsonIds(ids)) as SourceRow[];
  return groupRowsBy(ids, rows, (row) => row.collection_id, rowToCollectionSource);
}

/** Checks a new name: well-formed and not taken by another collection (ignoring case). */
function checkName(
  db: Db,
  name: string,
  exceptId: number,
): { ok: true; name: string; key: string } | CollectionFailure {
  const normalized = normalizeCollectionName(name);
  if (!normalized.ok) return normalized;
  const key = collectionNameKey(normalized.name);
  const taken = db
    .prepare('SELECT name FROM collections WHERE name_key = ? AND id <> ?')
    .pluck()
    .get(key, exceptId) as string | undefined;
  if (taken !== undefined) return { ok: false, reason: 'duplicate_name', name: taken };
  return { ok: true, name: normalized.name, key };
}

export function createCollection(
  db: Db,
  fields: { name: string; description?: string | undefined },
  at: string,
): CollectionResult {
  return db.transaction((): CollectionResult => {
    const checked = checkName(db, fields.name, -1);
    if (!checked.ok) return checked;
    const id = db
      .prepare(
        `INSERT INTO collections (name, name_key, description, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck()
      .get(checked.name, checked.key, fields.description?.trim() ?? '', at, at) as number;
    return { ok: true, collection: findCollectionById(db, id)! };
  })();
}

export function renameCollection(db: Db, id: number, name: string, at: string): CollectionResult {
  return db.transaction((): CollectionResult => {
    if (!findCollectionById(db, id)) return COLLECTION_NOT_FOUND;
    const checked = checkName(db, name, id);
    if (!checked.ok) return checked;
    db.prepare('UPDATE collections SET name = ?, name_key = ?, updated_at = ? WHERE id = ?').run(
      checked.name,
      checked.key,
      at,
      id,
    );
    return { ok: true, collection: findCollectionById(db, id)! };
  })();
}

/** Sets the description; an empty one clears it. */
export function describeCollection(
  db: Db,
  id: number,
  description: string,
  at: string,
): CollectionResult {
  const changes = db
    .prepare('UPDATE collections SET description = ?, updated_at = ? WHERE id = ?')
    .run(description.trim(), at, id).changes;
  if (changes === 0) return COLLECTION_NOT_FOUND;
  return { ok: true, collection: findCollectionById(db, id)! };
}

/** Deletes a collection with its entries and sources (never the papers); returns what it was. */
export function deleteCollection(db: Db, id: number): CollectionResult<{ paperCount: number }> {
  return db.transaction((): CollectionResult<{ paperCount: number }> => {
    const collection = findCollectionById(db, id);
    if (!collection) return COLLECTION_NOT_FOUND;
    const paperCount = countPapersByCollectionIds(db, [id])[0]!;
    db.prepare('DELETE FROM collections WHERE id = ?').run(id);
    return { ok: true, collection, paperCount };
  })();
}

/** Records that a change happened now; returns the collection as it is after it. */
export function touchCollection(db: Db, id: number, at: string): Collection {
  db.prepare('UPDATE collections SET updated_at = ? WHERE id = ?').run(at, id);
  return findCollectionById(db, id)!;
}

export function addCollectionSource(
  db: Db,
  source: Omit<CollectionSource, 'id' | 'addedAt'>,
  at: string,
): void {
  db.prepare(
    `INSERT INTO collection_sources (collection_id, kind, query, filter, paper_count, added_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    source.collectionId,
    source.kind,
    source.query,
    JSON.stringify(source.filter),
    source.paperCount,
    at,
  );
}
