import type { Author } from '../model/paper';
import type { Db } from './database';
import { groupRowsBy, jsonIds } from './group-rows';

interface AuthorRow {
  id: number;
  name: string;
}

export function rowToAuthor(row: AuthorRow): Author {
  return { id: row.id, name: row.name };
}

/** Authors of each paper, in byline order; one statement for any number of papers. */
export function listAuthorsByPaperIds(db: Db, paperIds: readonly number[]): Author[][] {
  const rows = db
    .prepare(
      `SELECT pa.paper_id, a.id, a.name FROM paper_authors pa JOIN authors a ON a.id = pa.author_id
       WHERE pa.paper_id IN (SELECT value FROM json_each(?)) ORDER BY pa.paper_id, pa.position`,
    )
    .all(jsonIds(paperIds)) as (AuthorRow & { paper_id: number })[];
  return groupRowsBy(paperIds, rows, (row) => row.paper_id, rowToAuthor);
}

/** Finds an author by normalised name key, creating them if new. */
export function upsertAuthor(db: Db, name: string, nameKey: string): number {
  const existing = db.prepare('SELECT id FROM authors WHERE name_key = ?').pluck().get(nameKey);
  if (existing !== undefined) return existing as number;
  return Number(
    db.prepare('INSERT INTO authors (name, name_key) VALUES (?, ?)').run(name, nameKey)
      .lastInsertRowid,
  );
}

export function replacePaperAuthors(db: Db, paperId: number, authorIds: readonly number[]): void {
  db.prepare('DELETE FROM paper_authors WHERE paper_id = ?').run(paperId);
  const insert = db.prepare(
    'INSERT INTO paper_authors (paper_id, position, author_id) VALUES (?, ?, ?)',
  );
  authorIds.forEach((authorId, position) => insert.run(paperId, position, authorId));
}

export function listAuthorsByIds(db: Db, ids: readonly number[]): (Author | undefined)[] {
  const rows = db
    .prepare('SELECT id, name FROM authors WHERE id IN (SELECT value FROM json_each(?))')
    .all(jsonIds(ids)) as AuthorRow[];
  const byId = new Map(rows.map((row) => [row.id, rowToAuthor(row)]));
  return ids.map((id) => byId.get(id));
}

export function countPapersByAuthorIds(db: Db, ids: readonly number[]): number[] {
  const rows = db
    .prepare(
      `SELECT author_id AS id, count(DISTINCT paper_id) AS n FROM paper_authors
       WHERE author_id IN (SELECT value FROM json_each(?)) GROUP BY author_id`,
    )
    .all(jsonIds(ids)) as { id: number; n: number }[];
  const byId = new Map(rows.map((row) => [row.id, row.n]));
  return ids.map((id) => byId.get(id) ?? 0);
}

/** Author names of one paper in order. */
export function listAuthorNamesOfPaper(db: Db, paperId: number): string[] {
  return db
    .prepare(
      `SELECT a.name FROM paper_authors pa JOIN authors a ON a.id = pa.author_id
       WHERE pa.paper_id = ? ORDER BY pa.position`,
    )
    .pluck()
    .all(paperId) as string[];
}
