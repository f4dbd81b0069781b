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
