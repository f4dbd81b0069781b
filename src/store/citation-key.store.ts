import type { Db } from './database';
import { jsonIds } from './group-rows';

interface CitationKeyRow {
  paper_id: number;
  key: string;
}

/** Every citation key given out so far, by paper id. */
export function listAllCitationKeys(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT paper_id, key FROM citation_keys').all() as CitationKeyRow[];
  return new Map(rows.map((row) => [row.paper_id, row.key]));
}

/** The stored key of each paper, in the order of the ids (undefined until first exported). */
export function listCitationKeysByPaperIds(
  db: Db,
  paperIds: readonly number[],
): (string | undefined)[] {
  const rows = db
    .prepare(
      'SELECT paper_id, key FROM citation_keys WHERE paper_id IN (SELECT value FROM json_each(?))',
    )
    .all(jsonIds(paperIds)) as CitationKeyRow[];
  const byId = new Map(rows.map((row) => [row.paper_id, row.key]));
  return paperIds.map((id) => byId.get(id));
}

/** Keys retired from their paper (replaced provisional ones): still its, never given again. */
export function listRetiredCitationKeys(db: Db): Set<string> {
  return new Set(db.prepare('SELECT key FROM retired_citation_keys').pluck().all() as string[]);
}

/**
 * Chooses keys for some papers, keeping every key in `existing` as it is and giving none of
 * `retired`.
 */
export type AssignCitationKeys = (
  existing: ReadonlyMap<number, string>,
  retired: ReadonlySet<string>,
) => ReadonlyMap<number, string>;

/**
 * Gives papers their citation keys for good: `assign` sees every key already given out (so a new
 * key never repeats one) and returns the keys of the papers at hand; those not stored yet are
 * stored. One IMMEDIATE transaction, so two exports running at once cannot hand out one key twice.
 */
export function claimCitationKeys(
  db: Db,
  assign: AssignCitationKeys,
  at: string,
  isProvisional: (paperId: number) => boolean = () => false,
): Map<number, string> {
  return db
    .transaction(() => {
      const existing = listAllCitationKeys(db);
      const keys = new Map(assign(existing, listRetiredCitationKeys(db)));
      const fresh = [...keys]
        .filter(([paperId]) => !existing.has(paperId))
        .map(([paperId, key]) => [paperId, key, isProvisional(paperId) ? 1 : 0]);
      if (fresh.length > 0) {
        db.prepare(
          `INSERT INTO citation_keys (paper_id, key, assigned_at, provisional)
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), ?,
                json_extract(value, '$[2]') FROM json_each(?)`,
        ).run(at, JSON.stringify(fresh));
      }
      return keys;
    })
    .immediate();
}

/** Ids of the papers that have no citation key yet, oldest first. */
export function listPaperIdsWithoutCitationKey(db: Db): number[] {
  return db
    .prepare(
      'SELECT id FROM papers WHERE id NOT IN (SELECT paper_id FROM citation_keys) ORDER BY id',
    )
    .pluck()
    .all() as number[];
}

/**
 * Retires the provisional keys of papers that now have authors, so the ingest gives them their
 * final key; returns how many. A retired key keeps naming its paper and is never given again.
 * Only ever called inside an ingest's transaction.
 */
export function retireProvisionalKeysOfAuthoredPapers(db: Db, at: string): number {
  const authored = `provisional = 1
    AND EXISTS (SELECT 1 FROM paper_authors pa WHERE pa.paper_id = citation_keys.paper_id)`;
  db.prepare(
    `INSERT OR IGNORE INTO retired_citation_keys (key, paper_id, retired_at)
     SELECT key, paper_id, ? FROM citation_keys WHERE ${authored}`,
  ).run(at);
  return db.prepare(`DELETE FROM citation_keys WHERE ${authored}`).run().changes;
}
