import type { Db } from './database';
import { getContentVersion } from './meta.store';

export interface SavedSearchIndex {
  contentVersion: number;
  schemaVersion: string;
  /** The index's JSON without its terms (settings, document ids and field lengths). */
  head: string;
  /** The terms' JSON, part after part in the order saved; read lazily when loaded. */
  parts: Iterable<string>;
}

/**
 * Hands the saved index to `use` inside one read transaction, so that its head and parts come
 * from the same save even while another process saves a newer one; `use` must read the parts
 * before it returns.
 */
export function readSavedSearchIndex<T>(
  db: Db,
  use: (saved: SavedSearchIndex | undefined) => T,
): T {
  return db.transaction(() => {
    const row = db
      .prepare('SELECT content_version, schema_version, data FROM search_index WHERE id = 1')
      .get() as { content_version: number; schema_version: string; data: string } | undefined;
    return use(
      row && {
        contentVersion: row.content_version,
        schemaVersion: row.schema_version,
        head: row.data,
        parts: savedParts(db),
      },
    );
  })();
}

/** Replaces the saved index, writing each part as `index.parts` yields it. */
export function saveSearchIndex(db: Db, index: SavedSearchIndex): void {
  const insertPart = db.prepare('INSERT INTO search_index_parts (part, data) VALUES (?, ?)');
  db.transaction(() => {
    db.prepare(
      `INSERT INTO search_index (id, content_version, schema_version, data) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET content_version = excluded.content_version,
         schema_version = excluded.schema_version, data = excluded.data`,
    ).run(index.contentVersion, index.schemaVersion, index.head);
    db.prepare('DELETE FROM search_index_parts').run();
    let part = 0;
    for (const data of index.parts) insertPart.run(part++, data);
  })();
}

/** Whether a saved index exists and was built from the current content, without loading it. */
export function readSearchIndexState(db: Db): 'current' | 'stale' | 'missing' {
  const saved = db.prepare('SELECT content_version FROM search_index WHERE id = 1').pluck().get();
  if (saved === undefined) return 'missing';
  return saved === getContentVersion(db) ? 'current' : 'stale';
}

/** A generator, so no statement runs (and holds the connection) until the parts are read. */
function* savedParts(db: Db): Generator<string> {
  yield* db
    .prepare('SELECT data FROM search_index_parts ORDER BY part')
    .pluck()
    .iterate() as IterableIterator<string>;
}
