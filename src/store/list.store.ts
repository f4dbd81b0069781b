import type { CuratedList } from '../model/paper/paper';
import type { Db } from './database';

interface ListRow {
  id: number;
  name: string;
  title: string | null;
  survey_paper_id: number | null;
}

export function rowToList(row: ListRow): CuratedList {
  return { id: row.id, name: row.name, title: row.title, surveyPaperId: row.survey_paper_id };
}

const COLUMNS = 'l.id, l.name, l.title, l.survey_paper_id';

export function upsertList(db: Db, name: string, title: string | null): number {
  return db
    .prepare(
      `INSERT INTO lists (name, title) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET title = coalesce(excluded.title, title) RETURNING id`,
    )
    .pluck()
    .get(name, title) as number;
}

/** Records the paper a list accompanies; a list version that names none keeps the last one. */
export function setListSurvey(db: Db, listId: number, paperId: number): void {
  db.prepare('UPDATE lists SET survey_paper_id = ? WHERE id = ?').run(paperId, listId);
}

export function findListByName(db: Db, name: string): CuratedList | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM lists l WHERE l.name = ?`).get(name);
  return row ? rowToList(row as ListRow) : undefined;
}

export function listAllLists(db: Db): CuratedList[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM lists l ORDER BY l.name`).all() as ListRow[];
  return rows.map(rowToList);
}

/** Lists for the given ids, in the order of the ids. */
export function listListsByIds(db: Db, ids: readonly number[]): (CuratedList | undefined)[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM lists l WHERE l.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ListRow[];
  const byId = new Map(rows.map((row) => [row.id, rowToList(row)]));
  return ids.map((id) => byId.get(id));
}

export interface RemovedList {
  sections: number;
  placements: number;
  /** Papers that were in this list only: they stay in the graph (and in collections), unlisted. */
  papersNowUnlisted: number;
}

/**
 * Removes a list: its sections and the papers' placements in them. Papers, their facts, and
 * collections stay; past ingest runs stay as history, no longer tied to a list.
 */
export function removeList(db: Db, name: string): RemovedList | undefined {
  return db.transaction(() => {
    const listId = db.prepare('SELECT id FROM lists WHERE name = ?').pluck().get(name) as
      number | undefined;
    if (listId === undefined) return undefined;
    const papersNowUnlisted = db
      .prepare(
        `SELECT count(DISTINCT ps.paper_id) FROM paper_sections ps JOIN sections s ON s.id = ps.section_id
         WHERE s.list_id = ? AND NOT EXISTS (
           SELECT 1 FROM paper_sections o JOIN sections os ON os.id = o.section_id
           WHERE o.paper_id = ps.paper_id AND os.list_id <> ?)`,
      )
      .pluck()
      .get(listId, listId) as number;
    const placements = db
      .prepare(
        'DELETE FROM paper_sections WHERE section_id IN (SELECT id FROM sections WHERE list_id = ?)',
      )
      .run(listId).changes;
    db.prepare('UPDATE sections SET parent_id = NULL WHERE list_id = ?').run(listId);
    const sections = db.prepare('DELETE FROM sections WHERE list_id = ?').run(listId).changes;
    db.prepare('UPDATE ingest_runs SET list_id = NULL WHERE list_id = ?').run(listId);
    db.prepare('DELETE FROM lists WHERE id = ?').run(listId);
    return { sections, placements, papersNowUnlisted };
  })();
}

/** Names of the lists, in name order. */
export function listListNames(db: Db): string[] {
  return db.prepare('SELECT name FROM lists ORDER BY name').pluck().all() as string[];
}
