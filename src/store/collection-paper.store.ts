import type { CollectionEntry } from '../model/curation/collection';
import type { Db } from './database';

interface EntryRow {
  collection_id: number;
  paper_id: number;
  position: number;
  note: string | null;
  tags: string;
  added_at: string;
  listed: number;
}

export function rowToCollectionEntry(row: EntryRow): CollectionEntry {
  return {
    collectionId: row.collection_id,
    paperId: row.paper_id,
    position: row.position,
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    addedAt: row.added_at,
    listed: row.listed === 1,
  };
}

const ENTRY_COLUMNS = `cp.collection_id, cp.paper_id, cp.position, cp.note, cp.tags, cp.added_at,
  EXISTS (SELECT 1 FROM paper_sections ps WHERE ps.paper_id = cp.paper_id) AS listed`;

/** One page of a collection's entries, in hand-set order. */
export function listCollectionEntries(
  db: Db,
  collectionId: number,
  page: { limit: number; offset: number },
): CollectionEntry[] {
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM collection_papers cp WHERE cp.collection_id = ?
       ORDER BY cp.position LIMIT ? OFFSET ?`,
    )
    .all(collectionId, page.limit, page.offset) as EntryRow[];
  return rows.map(rowToCollectionEntry);
}

export function findCollectionEntry(
  db: Db,
  collectionId: number,
  paperId: number,
): CollectionEntry | undefined {
  const row = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM collection_papers cp WHERE cp.collection_id = ? AND cp.paper_id = ?`,
    )
    .get(collectionId, paperId);
  return row ? rowToCollectionEntry(row as EntryRow) : undefined;
}

/** The ids of a collection's papers, in hand-set order. */
export function listCollectionPaperIds(db: Db, collectionId: number): number[] {
  return db
    .prepare('SELECT paper_id FROM collection_papers WHERE collection_id = ? ORDER BY position')
    .pluck()
    .all(collectionId) as number[];
}
