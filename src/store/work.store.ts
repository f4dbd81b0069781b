import type { WorkRef } from '../model/citation-network/citation';
import { workKey } from '../model/citation-network/citation';
import type { IdentifiedPaper } from '../model/citation-network/match-work';
import type { Db } from './database';
import { prepareOnce } from './prepare-once';

/** A cited or citing work; `paperId` when it is a paper of the graph. */
export interface Work {
  id: number;
  key: string;
  arxivId: string | null;
  doi: string | null;
  openalexId: string | null;
  s2Id: string | null;
  title: string | null;
  year: number | null;
  raw: string | null;
  paperId: number | null;
  matchedBy: string | null;
}

interface WorkRow {
  id: number;
  key: string;
  arxiv_id: string | null;
  doi: string | null;
  openalex_id: string | null;
  s2_id: string | null;
  title: string | null;
  year: number | null;
  raw: string | null;
  paper_id: number | null;
  matched_by: string | null;
}

export function rowToWork(row: WorkRow): Work {
  return {
    id: row.id,
    key: row.key,
    arxivId: row.arxiv_id,
    doi: row.doi,
    openalexId: row.openalex_id,
    s2Id: row.s2_id,
    title: row.title,
    year: row.year,
    raw: row.raw,
    paperId: row.paper_id,
    matchedBy: row.matched_by,
  };
}

const COLUMNS = `w.id, w.key, w.arxiv_id, w.doi, w.openalex_id, w.s2_id, w.title, w.year, w.raw,
  w.paper_id, w.matched_by`;

/** The stored work a ref names: by any of its identifiers, strongest first, else by its key. */
export function findWorkByRef(db: Db, ref: WorkRef): Work | undefined {
  const lookups: [string, string | undefined][] = [
    ['arxiv_id', ref.arxivId],
    ['doi', ref.doi],
    ['openalex_id', ref.openalexId],
    ['s2_id', ref.s2Id],
    ['key', workKey(ref)],
  ];
  for (const [column, value] of lookups) {
    if (!value) continue;
    const row = prepareOnce(
      db,
      `SELECT ${COLUMNS} FROM works w WHERE w.${column} = ? ORDER BY w.id LIMIT 1`,
    ).get(value) as WorkRow | undefined;
    if (row) return rowToWork(row);
  }
  return undefined;
}

export function insertWork(db: Db, ref: WorkRef, runId: number): Work {
  const id = prepareOnce(
    db,
    `INSERT INTO works (key, arxiv_id, doi, openalex_id, s2_id, title, year, raw, created_run)
       VALUES (@key, @arxivId, @doi, @openalexId, @s2Id, @title, @year, @raw, @runId)`,
  ).run({
    key: workKey(ref),
    arxivId: ref.arxivId ?? null,
    doi: ref.doi ?? null,
    openalexId: ref.openalexId ?? null,
    s2Id: ref.s2Id ?? null,
    title: ref.title ?? null,
    year: ref.year ?? null,
    raw: ref.raw ?? null,
    runId,
  }).lastInsertRowid;
  return findWorkById(db, Number(id))!;
}

/** Fills identifiers and fields the stored work lacks; never overwrites one it has. */
export function fillWork(db: Db, work: Work, ref: WorkRef): void {
  prepareOnce(
    db,
    `UPDATE works SET arxiv_id = coalesce(arxiv_id, @arxivId), doi = coalesce(doi, @doi),
       openalex_id = coalesce(openalex_id, @openalexId), s2_id = coalesce(s2_id, @s2Id),
       title = coalesce(title, @title), year = coalesce(year, @year), raw = coalesce(raw, @raw)
     WHERE id = @id`,
  ).run({
    id: work.id,
    arxivId: ref.arxivId ?? null,
    doi: ref.doi ?? null,
    openalexId: ref.openalexId ?? null,
    s2Id: ref.s2Id ?? null,
    title: ref.title ?? null,
    year: ref.year ?? null,
    raw: ref.raw ?? null,
  });
}

export function findWorkById(db: Db, id: number): Work | undefined {
  const row = prepareOnce(db, `SELECT ${COLUMNS} FROM works w WHERE w.id = ?`).get(id) as WorkRow;
  return row ? rowToWork(row) : undefined;
}

export function findWorkByKey(db: Db, key: string): Work | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM works w WHERE w.key = ?`).get(key) as WorkRow;
  return row ? rowToWork(row) : undefined;
}

/** Works for the given ids, in the order of the ids. */
export function listWorksByIds(db: Db, ids: readonly number[]): (Work | undefined)[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM works w WHERE w.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as WorkRow[];
  const byId = new Map(rows.map((row) => [row.id, rowToWork(row)]));
  return ids.map((id) => byId.get(id));
}

export function listUnresolvedWorks(db: Db): Work[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM works w WHERE w.paper_id IS NULL`).all();
  return (rows as WorkRow[]).map(rowToWork);
}

export function setWorkPaper(db: Db, workId: number, paperId: number, by: string): void {
  prepareOnce(db, 'UPDATE works SET paper_id = ?, matched_by = ? WHERE id = ?').run(
    paperId,
    by,
    workId,
  );
}

/** Every paper with the identifiers a work can be matched by. */
export function listIdentifiedPapers(db: Db): IdentifiedPaper[] {
  return db
    .prepare('SELECT id, arxiv_id AS arxivId, doi, title, year FROM papers')
    .all() as IdentifiedPaper[];
}

/** The node a text names (arXiv id or DOI): its paper if the graph has one, else its work. */
export function findNodeIdsByRef(
  db: Db,
  ref: WorkRef,
): { paperId: number | null; workId: number | null } | undefined {
  const work = findWorkByRef(db, ref);
  if (work?.paperId) return { paperId: work.paperId, workId: work.id };
  const paperId = db
    .prepare('SELECT id FROM papers WHERE arxiv_id = ? OR (doi IS NOT NULL AND lower(doi) = ?)')
    .pluck()
    .get(ref.arxivId ?? null, ref.doi ?? null) as number | undefined;
  if (paperId !== undefined) return { paperId, workId: work?.id ?? null };
  return work ? { paperId: null, workId: work.id } : undefined;
}

/**
 * Links unresolved works to the paper of another work with the same OpenAlex or Semantic Scholar
 * id (a referenced `W…` id meets the work whose own object named its DOI or arXiv id). Returns how
 * many it linked.
 */
export function linkWorksThroughSharedIds(db: Db): number {
  let linked = 0;
  for (const column of ['openalex_id', 's2_id']) {
    linked += db
      .prepare(
        `UPDATE works SET matched_by = '${column === 'openalex_id' ? 'openalex' : 's2'}',
           paper_id = (SELECT o.paper_id FROM works o WHERE o.${column} = works.${column}
             AND o.paper_id IS NOT NULL ORDER BY o.id LIMIT 1)
         WHERE paper_id IS NULL AND ${column} IS NOT NULL AND EXISTS (SELECT 1 FROM works o
           WHERE o.${column} = works.${column} AND o.paper_id IS NOT NULL)`,
      )
      .run().changes;
  }
  return linked;
}
