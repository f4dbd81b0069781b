import type { Db } from './database';

/** Counts content changes; the saved search index is valid only for the version it was built at. */
export function getContentVersion(db: Db): number {
  const value = db.prepare(`SELECT value FROM meta WHERE key = 'content_version'`).pluck().get();
  return value === undefined ? 0 : Number(value);
}

export function bumpContentVersion(db: Db): number {
  const next = getContentVersion(db) + 1;
  db.prepare(
    `INSERT INTO meta (key, value) VALUES ('content_version', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(String(next));
  return next;
}

/** True when the database answers a trivial query (readiness probe). */
export function databaseAnswers(db: Db): boolean {
  try {
    return db.prepare('SELECT 1').pluck().get() === 1;
  } catch {
    return false;
  }
}
