import type { Paper } from '../model/paper/paper';
import type { PaperFilter, PaperOrder } from '../model/selection/paper-filter';
import { isEmptyPaperFilter } from '../model/selection/paper-filter';
import type { PaperKind } from '../model/curation/survey-list';
import type { Db } from './database';
import { paperFilterToSql, paperOrderToSql } from './sql-filter';
import { orderRowsByIds } from './group-rows';

export interface PaperRow {
  id: number;
  key: string;
  arxiv_id: string | null;
  doi: string | null;
  title: string;
  year: number | null;
  month: number | null;
  venue: string | null;
  date_text: string | null;
  published: string | null;
  kind: string;
  abstract: string | null;
  short_name: string | null;
}

export function rowToPaper(row: PaperRow): Paper {
  return {
    id: row.id,
    key: row.key,
    arxivId: row.arxiv_id,
    doi: row.doi,
    title: row.title,
    year: row.year,
    month: row.month,
    venue: row.venue,
    dateText: row.date_text,
    published: row.published,
    kind: row.kind as PaperKind,
    abstract: row.abstract,
    shortName: row.short_name,
  };
}

const COLUMNS = `p.id, p.key, p.arxiv_id, p.doi, p.title, p.year, p.month, p.venue, p.date_text,
  p.published, p.kind, p.abstract, p.short_name`;

export function findPaperById(db: Db, id: number): Paper | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM papers p WHERE p.id = ?`).get(id) as PaperRow;
  return row ? rowToPaper(row) : undefined;
}

export function findPaperByKey(db: Db, key: string): Paper | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM papers p WHERE p.key = ?`).get(key) as PaperRow;
  return row ? rowToPaper(row) : undefined;
}

export function findPaperByArxivId(db: Db, arxivId: string): Paper | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM papers p WHERE p.arxiv_id = ?`).get(arxivId);
  return row ? rowToPaper(row as PaperRow) : undefined;
}

/** Papers for the given ids, in the order of the ids (undefined where none exists). */
export function listPapersByIds(db: Db, ids: readonly number[]): (Paper | undefined)[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM papers p WHERE p.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as PaperRow[];
  return orderRowsByIds(ids, rows, (row) => row.id, rowToPaper);
}

export interface PageRequest {
  filter?: PaperFilter | undefined;
  order?: PaperOrder | undefined;
  limit: number;
  offset: number;
}

export function listPaperIds(db: Db, request: PageRequest): number[] {
  const { where, params } = paperFilterToSql(request.filter);
  const sql = `SELECT p.id FROM papers p WHERE ${where}
    ORDER BY ${paperOrderToSql(request.order ?? 'LIST')} LIMIT @limit OFFSET @offset`;
  return db
    .prepare(sql)
    .pluck()
    .all({ ...params, limit: request.limit, offset: request.offset }) as number[];
}

/** One page of papers, rows included, in one statement. */
export function listPapers(db: Db, request: PageRequest): Paper[] {
  const { where, params } = paperFilterToSql(request.filter);
  const sql = `SELECT ${COLUMNS} FROM papers p WHERE ${where}
    ORDER BY ${paperOrderToSql(request.order ?? 'LIST')} LIMIT @limit OFFSET @offset`;
  const rows = db.prepare(sql).all({ ...params, limit: request.limit, offset: request.offset });
  return (rows as PaperRow[]).map(rowToPaper);
}

export function countPapers(db: Db, filter?: PaperFilter): number {
  const { where, params } = paperFilterToSql(filter);
  return db.prepare(`SELECT count(*) FROM papers p WHERE ${where}`).pluck().get(params) as number;
}

/** The fields an ingest may set on a paper. */
export type PaperFields = Omit<Paper, 'id'>;

export function insertPaper(db: Db, fields: PaperFields, runId: number): number {
  const result = db
    .prepare(
      `INSERT INTO papers (key, arxiv_id, doi, title, year, month, venue, date_text, published, kind,
        abstract, short_name, created_run, updated_run)
       VALUES (@key, @arxivId, @doi, @title, @year, @month, @venue, @dateText, @published, @kind,
        @abstract, @shortName, @runId, @runId)`,
    )
    .run({ ...fields, shortName: fields.shortName ?? null, runId });
  return Number(result.lastInsertRowid);
}

export function updatePaper(db: Db, id: number, fields: PaperFields, runId: number): void {
  db.prepare(
    `UPDATE papers SET key = @key, arxiv_id = @arxivId, doi = @doi, title = @title, year = @year,
      month = @month, venue = @venue, date_text = @dateText, published = @published, kind = @kind,
      abstract = @abstract, short_name = coalesce(@shortName, short_name), updated_run = @runId
     WHERE id = @id`,
  ).run({ ...fields, shortName: fields.shortName ?? null, id, runId });
}

/** Every paper, for building the search index or an export of the whole corpus. */
export function listAllPapers(db: Db): Paper[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM papers p ORDER BY p.id`).all() as PaperRow[]).map(
    rowToPaper,
  );
}

/** A paper's words: what whole-corpus text models (text similarity) read, and nothing else. */
export interface PaperText {
  id: number;
  title: string;
  abstract: string | null;
}

/** Id, title and abstract of up to `limit` papers with ids above `afterId`, in id order. */
export function listPaperTextsAfterId(db: Db, afterId: number, limit: number): PaperText[] {
  return db
    .prepare('SELECT id, title, abstract FROM papers WHERE id > ? ORDER BY id LIMIT ?')
    .all(afterId, limit) as PaperText[];
}

/** Up to `limit` papers with ids above `afterId`, in id order: every paper, a page at a time. */
export function listPapersAfterId(db: Db, afterId: number, limit: number): Paper[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM papers p WHERE p.id > ? ORDER BY p.id LIMIT ?`)
    .all(afterId, limit) as PaperRow[];
  return rows.map(rowToPaper);
}

export function findPaperByDoi(db: Db, doi: string): Paper | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM papers p WHERE lower(p.doi) = lower(?)`).get(doi);
  return row ? rowToPaper(row as PaperRow) : undefined;
}

/** Id, title and year of every paper, for matching records by title. */
export function listPaperTitles(db: Db): { id: number; title: string; year: number | null }[] {
  return db.prepare('SELECT id, title, year FROM papers').all() as {
    id: number;
    title: string;
    year: number | null;
  }[];
}

/** Sets the given columns of one paper (camelCase field names), leaving the others alone. */
export function updatePaperFields(
  db: Db,
  id: number,
  fields: Partial<PaperFields>,
  runId: number,
): void {
  const columns: Record<string, string> = {
    key: 'key',
    arxivId: 'arxiv_id',
    doi: 'doi',
    title: 'title',
    year: 'year',
    month: 'month',
    venue: 'venue',
    dateText: 'date_text',
    published: 'published',
    kind: 'kind',
    abstract: 'abstract',
    shortName: 'short_name',
  };
  const names = Object.keys(fields).filter((name) => columns[name]);
  if (names.length === 0) return;
  const assignments = names.map((name) => `${columns[name]} = @${name}`).join(', ');
  db.prepare(`UPDATE papers SET ${assignments}, updated_run = @runId WHERE id = @id`).run({
    ...fields,
    id,
    runId,
  });
}

/** arXiv ids of papers that still lack authors or an abstract, in id order. */
export function listArxivIdsMissingMetadata(db: Db): string[] {
  return db
    .prepare(
      `SELECT p.arxiv_id FROM papers p WHERE p.arxiv_id IS NOT NULL
       AND (p.abstract IS NULL OR NOT EXISTS (SELECT 1 FROM paper_authors a WHERE a.paper_id = p.id))
       ORDER BY p.arxiv_id`,
    )
    .pluck()
    .all() as string[];
}

/**
 * The given ids (search hits, say) that the filter also matches, in the given order, each once;
 * all of them when the filter narrows nothing.
 */
export function narrowPaperIdsByFilter(
  db: Db,
  ids: readonly number[],
  filter: PaperFilter,
): number[] {
  const unique = [...new Set(ids)];
  if (isEmptyPaperFilter(filter)) return unique;
  const allowed = new Set(
    listPaperIds(db, { filter: { ...filter, paperIds: unique }, limit: -1, offset: 0 }),
  );
  return unique.filter((id) => allowed.has(id));
}
