import type { Db } from './database';
import { getContentVersion } from './meta.store';

export interface SavedSearchIndex {
  contentVersion: number;
  schemaVersion: string;
  data: string;
}

export function loadSearchIndex(db: Db): SavedSearchIndex | undefined {
  const row = db
    .prepare('SELECT content_version, schema_version, data FROM search_index WHERE id = 1')
    .get() as { content_version: number; schema_version: string; data: string } | undefined;
  return row
    ? { contentVersion: row.content_version, schemaVersion: row.schema_version, data: row.data }
    : undefined;
}

export function saveSearchIndex(db: Db, index: SavedSearchIndex): void {
  db.prepare(
    `INSERT INTO search_index (id, content_version, schema_version, data) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET content_version = excluded.content_version,
       schema_version = excluded.schema_version, data = excluded.data`,
  ).run(index.contentVersion, index.schemaVersion, index.data);
}

/** Whether a saved index exists and was built from the current content, without loading it. */
export function readSearchIndexState(db: Db): 'current' | 'stale' | 'missing' {
  const saved = db.prepare('SELECT content_version FROM search_index WHERE id = 1').pluck().get();
  if (saved === undefined) return 'missing';
  return saved === getContentVersion(db) ? 'current' : 'stale';
}
