import type { CitationEdge } from '../model/citation-network/citation-graph';
import type { Db } from './database';

/**
 * Every citation edge with both ends as works and, where a work is a paper of the graph, that
 * paper: what the graph analyses (gaps, co-citation, coupling, centrality, paths) are computed on.
 */
export function listCitationEdges(db: Db): CitationEdge[] {
  const rows = db
    .prepare(
      `SELECT c.citing_work_id, a.paper_id AS citing_paper_id, c.cited_work_id,
         b.paper_id AS cited_paper_id
       FROM citations c JOIN works a ON a.id = c.citing_work_id JOIN works b ON b.id = c.cited_work_id`,
    )
    .raw()
    .all() as [number, number | null, number, number | null][];
  return rows.map(([citingWorkId, citingPaperId, citedWorkId, citedPaperId]) => ({
    citingWorkId,
    citingPaperId,
    citedWorkId,
    citedPaperId,
  }));
}

/** Ids of papers some list places (in any section); with `list`, only that list's. */
export function listListedPaperIds(db: Db, list?: string): number[] {
  const sql = list
    ? `SELECT DISTINCT ps.paper_id FROM paper_sections ps JOIN sections s ON s.id = ps.section_id
       JOIN lists l ON l.id = s.list_id WHERE l.name = ? AND s.listed = 1`
    : `SELECT DISTINCT paper_id FROM paper_sections`;
  const statement = db.prepare(sql).pluck();
  return (list ? statement.all(list) : statement.all()) as number[];
}

export function listExists(db: Db, list: string): boolean {
  return db.prepare('SELECT 1 FROM lists WHERE name = ?').pluck().get(list) !== undefined;
}

/** What sources said about edges: contexts, intents and influence, merged per edge. */
export interface CitationDetail {
  citingWorkId: number;
  citedWorkId: number;
  contexts: string[];
  intents: string[];
  isInfluential: boolean | null;
  sources: { format: string; file: string; line: number | null; runId: number }[];
}

/** Details of the edges between the given (citing, cited) work pairs, in the order asked. */
export function listCitationDetails(
  db: Db,
  pairs: readonly (readonly [number, number])[],
): CitationDetail[] {
  const rows = db
    .prepare(
      `SELECT c.citing_work_id, c.cited_work_id, s.format, s.source_file, s.source_line, s.run_id,
         s.is_influential, s.intents, s.contexts
       FROM json_each(?) j
       JOIN citations c ON c.citing_work_id = j.value ->> 0 AND c.cited_work_id = j.value ->> 1
       JOIN citation_sources s ON s.citation_id = c.id
       ORDER BY s.run_id`,
    )
    .all(JSON.stringify(pairs)) as SourceRow[];
  const byPair = new Map<string, CitationDetail>();
  for (const [citing, cited] of pairs) {
    byPair.set(`${citing}>${cited}`, {
      citingWorkId: citing,
      citedWorkId: cited,
      contexts: [],
      intents: [],
      isInfluential: null,
      sources: [],
    });
  }
  for (const row of rows)
    addSourceRow(byPair.get(`${row.citing_work_id}>${row.cited_work_id}`), row);
  return [...byPair.values()];
}

interface SourceRow {
  citing_work_id: number;
  cited_work_id: number;
  format: string;
  source_file: string;
  source_line: number | null;
  run_id: number;
  is_influential: number | null;
  intents: string;
  contexts: string;
}

function addSourceRow(detail: CitationDetail | undefined, row: SourceRow): void {
  if (!detail) return;
  detail.sources.push({
    format: row.format,
    file: row.source_file,
    line: row.source_line,
    runId: row.run_id,
  });
  for (const context of JSON.parse(row.contexts) as string[]) {
    if (!detail.contexts.includes(context)) detail.contexts.push(context);
  }
  for (const intent of JSON.parse(row.intents) as string[]) {
    if (!detail.intents.includes(intent)) detail.intents.push(intent);
  }
  if (row.is_influential !== null)
    detail.isInfluential = Boolean(row.is_influential) || detail.isInfluential === true;
}
