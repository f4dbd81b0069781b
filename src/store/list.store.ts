import type { CuratedList } from '../model/paper';
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
