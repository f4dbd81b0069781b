import type { Author } from '../model/paper/paper';
import { normalisePersonName } from '../model/paper/person-name';
import type { Db } from './database';
import { countsByIds, groupRowsBy, jsonIds, orderRowsByIds } from './group-rows';

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
  return orderRowsByIds(ids, rows, (row) => row.id, rowToAuthor);
}

export function countPapersByAuthorIds(db: Db, ids: readonly number[]): number[] {
  const rows = db
    .prepare(
      `SELECT author_id AS id, count(DISTINCT paper_id) AS n FROM paper_authors
       WHERE author_id IN (SELECT value FROM json_each(?)) GROUP BY author_id`,
    )
    .all(jsonIds(ids)) as { id: number; n: number }[];
  return countsByIds(ids, rows);
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

export type AuthorOrder = 'NAME' | 'PAPER_COUNT';

export interface AuthorQuery {
  /** Part of the name, ignoring case (and accents, through the normalised name). */
  nameContains?: string | undefined;
  order: AuthorOrder;
  limit: number;
  offset: number;
}

function authorMatch(nameContains: string | undefined): { where: string; params: object } {
  if (!nameContains?.trim()) return { where: '1', params: {} };
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    where: `(a.name LIKE @pattern ESCAPE '\\' OR a.name_key LIKE @keyPattern ESCAPE '\\')`,
    params: {
      pattern: like(nameContains.trim()),
      keyPattern: like(normalisePersonName(nameContains)),
    },
  };
}

/** One page of authors, by name or most papers first. */
export function listAuthors(db: Db, query: AuthorQuery): Author[] {
  const { where, params } = authorMatch(query.nameContains);
  const order =
    query.order === 'NAME'
      ? 'a.name COLLATE NOCASE, a.id'
      : '(SELECT count(*) FROM paper_authors pa WHERE pa.author_id = a.id) DESC, a.name COLLATE NOCASE, a.id';
  const rows = db
    .prepare(
      `SELECT a.id, a.name FROM authors a WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as AuthorRow[];
  return rows.map(rowToAuthor);
}

export function countAuthors(db: Db, nameContains?: string): number {
  const { where, params } = authorMatch(nameContains);
  return db.prepare(`SELECT count(*) FROM authors a WHERE ${where}`).pluck().get(params) as number;
}

/** The author whose normalised name matches (`Meng, Fanqing` finds Fanqing Meng). */
export function findAuthorByName(db: Db, name: string): Author | undefined {
  const row = db
    .prepare('SELECT id, name FROM authors WHERE name_key = ?')
    .get(normalisePersonName(name)) as AuthorRow | undefined;
  return row ? rowToAuthor(row) : undefined;
}
