import type { Db } from './database';
import { prepareOnce } from './prepare-once';

/** The edge citing → cited, inserted when new; `added` says which. */
export function upsertCitation(
  db: Db,
  citingWorkId: number,
  citedWorkId: number,
): { id: number; added: boolean } {
  const inserted = prepareOnce(
    db,
    `INSERT INTO citations (citing_work_id, cited_work_id) VALUES (?, ?)
       ON CONFLICT (citing_work_id, cited_work_id) DO NOTHING`,
  ).run(citingWorkId, citedWorkId);
  if (inserted.changes > 0) return { id: Number(inserted.lastInsertRowid), added: true };
  const id = prepareOnce(
    db,
    'SELECT id FROM citations WHERE citing_work_id = ? AND cited_work_id = ?',
  )
    .pluck()
    .get(citingWorkId, citedWorkId) as number;
  return { id, added: false };
}

export interface CitationSourceFields {
  citationId: number;
  runId: number;
  format: string;
  sourceFile: string;
  sourceLine: number | null;
  isInfluential: boolean | undefined;
  intents: readonly string[];
  contexts: readonly string[];
}

/**
 * Records that a source asserts an edge. The same source file and format asserting it again adds
 * nothing (re-import is idempotent) except contexts or intents it did not give before.
 */
export function addCitationSource(db: Db, source: CitationSourceFields): boolean {
  const result = prepareOnce(
    db,
    `INSERT INTO citation_sources (citation_id, run_id, format, source_file, source_line,
         is_influential, intents, contexts)
       VALUES (@citationId, @runId, @format, @sourceFile, @sourceLine, @isInfluential, @intents,
         @contexts)
       ON CONFLICT (citation_id, format, source_file) DO NOTHING`,
  ).run({
    ...source,
    isInfluential: source.isInfluential === undefined ? null : Number(source.isInfluential),
    intents: JSON.stringify([...new Set(source.intents)]),
    contexts: JSON.stringify([...new Set(source.contexts)]),
  });
  return result.changes > 0;
}

export function countCitations(db: Db): { edges: number; works: number; sources: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM citations) AS edges, (SELECT count(*) FROM works) AS works,
         (SELECT count(*) FROM citation_sources) AS sources`,
    )
    .get() as { edges: number; works: number; sources: number };
}
