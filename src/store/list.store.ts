import type { Db } from './database';

export interface SurveyListRow {
  id: number;
  name: string;
  title: string | null;
}

export function upsertList(db: Db, name: string, title: string | null): number {
  return db
    .prepare(
      `INSERT INTO lists (name, title) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET title = coalesce(excluded.title, title) RETURNING id`,
    )
    .pluck()
    .get(name, title) as number;
}

export function listLists(db: Db): SurveyListRow[] {
  return db.prepare('SELECT id, name, title FROM lists ORDER BY id').all() as SurveyListRow[];
}
