import type { Db } from './database';
import { groupRowsBy, jsonIds } from './group-rows';

/** One fact about a paper, and which run and source line asserted it. */
export interface Provenance {
  runId: number;
  fact: string;
  value: string;
  sourceFile: string;
  sourceLine: number | null;
}

export function addProvenance(db: Db, paperId: number, item: Provenance): void {
  db.prepare(
    `INSERT INTO provenance (run_id, paper_id, fact, value, source_file, source_line)
     VALUES (@runId, @paperId, @fact, @value, @sourceFile, @sourceLine)
     ON CONFLICT DO NOTHING`,
  ).run({ ...item, paperId });
}

export function listProvenanceByPaperIds(db: Db, paperIds: readonly number[]): Provenance[][] {
  const rows = db
    .prepare(
      `SELECT paper_id, run_id AS runId, fact, value, source_file AS sourceFile,
         source_line AS sourceLine
       FROM provenance WHERE paper_id IN (SELECT value FROM json_each(?)) ORDER BY paper_id, id`,
    )
    .all(jsonIds(paperIds)) as (Provenance & { paper_id: number })[];
  return groupRowsBy(
    paperIds,
    rows,
    (row) => row.paper_id,
    ({ paper_id: _, ...rest }) => rest,
  );
}

export interface Conflict {
  paperId: number | null;
  field: string;
  keptValue: string | null;
  otherValue: string;
  keptSource: string | null;
  otherSource: string;
}

export function addConflict(db: Db, runId: number, conflict: Conflict): void {
  db.prepare(
    `INSERT INTO conflicts (paper_id, field, kept_value, other_value, kept_source, other_source, run_id)
     VALUES (@paperId, @field, @keptValue, @otherValue, @keptSource, @otherSource, @runId)
     ON CONFLICT DO NOTHING`,
  ).run({ ...conflict, runId });
}

export function listConflictsByPaperIds(db: Db, paperIds: readonly number[]): Conflict[][] {
  const rows = db
    .prepare(
      `SELECT paper_id AS paperId, field, kept_value AS keptValue, other_value AS otherValue,
         kept_source AS keptSource, other_source AS otherSource
       FROM conflicts WHERE paper_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(jsonIds(paperIds)) as Conflict[];
  return groupRowsBy(
    paperIds,
    rows,
    (row) => row.paperId ?? -1,
    (row) => row,
  );
}
