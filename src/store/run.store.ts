import type { Finding } from '../model/finding';
import type { Db } from './database';

export interface IngestRun {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  format: string;
  listName: string | null;
  sources: string[];
  summary: Record<string, unknown>;
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  format: string;
  list_name: string | null;
  sources: string;
  summary: string;
}

export function rowToRun(row: RunRow): IngestRun {
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    format: row.format,
    listName: row.list_name,
    sources: JSON.parse(row.sources) as string[],
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  };
}

export function startRun(
  db: Db,
  run: { format: string; sources: string[]; listId: number | null; startedAt: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO ingest_runs (started_at, format, list_id, sources) VALUES (?, ?, ?, ?)')
      .run(run.startedAt, run.format, run.listId, JSON.stringify(run.sources)).lastInsertRowid,
  );
}

export function finishRun(db: Db, runId: number, finishedAt: string, summary: object): void {
  db.prepare('UPDATE ingest_runs SET finished_at = ?, summary = ? WHERE id = ?').run(
    finishedAt,
    JSON.stringify(summary),
    runId,
  );
}

export function listRuns(db: Db, limit = 20): IngestRun[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.started_at, r.finished_at, r.format, l.name AS list_name, r.sources, r.summary
       FROM ingest_runs r LEFT JOIN lists l ON l.id = r.list_id ORDER BY r.id DESC LIMIT ?`,
    )
    .all(limit) as RunRow[];
  return rows.map(rowToRun);
}

export function addFindings(
  db: Db,
  runId: number,
  severity: 'warning' | 'skipped',
  findings: readonly Finding[],
): void {
  const insert = db.prepare(
    'INSERT INTO ingest_findings (run_id, severity, code, location, message) VALUES (?, ?, ?, ?, ?)',
  );
  for (const f of findings) insert.run(runId, severity, f.code, f.where, f.reason);
}

export type PaperChange = 'added' | 'removed' | 'updated';

export function addPaperChange(
  db: Db,
  change: { runId: number; paperId: number; change: PaperChange; detail?: string },
): void {
  db.prepare(
    'INSERT OR IGNORE INTO ingest_changes (run_id, paper_id, change, detail) VALUES (?, ?, ?, ?)',
  ).run(change.runId, change.paperId, change.change, change.detail ?? null);
}

export interface PaperChangeRow {
  runId: number;
  paperId: number;
  change: PaperChange;
  detail: string | null;
}

export function listChangesOfRun(db: Db, runId: number): PaperChangeRow[] {
  return db
    .prepare(
      `SELECT run_id AS runId, paper_id AS paperId, change, detail FROM ingest_changes
       WHERE run_id = ? ORDER BY paper_id`,
    )
    .all(runId) as PaperChangeRow[];
}
