import type { Db } from './database';

export function upsertList(db: Db, name: string, title: string | null): number {
  return db
    .prepare(
      `INSERT INTO lists (name, title) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET title = coalesce(excluded.title, title) RETURNING id`,
    )
    .pluck()
    .get(name, title) as number;
}
