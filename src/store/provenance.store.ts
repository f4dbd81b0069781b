import type { Db } from './database';
import { sha256Hex } from './database';
import { groupRowsBy, jsonIds } from './group-rows';

/** One fact about a paper, and which run and source line asserted it. */
export interface Provenance {
  runId: number;
  fact: string;
  value: string;
  sourceFile: string;
  sourceLine: number | null;
}

/** Values longer than this (abstracts) are stored as a fingerprint: see migration 0010. */
const LONG_VALUE = 200;
const FINGERPRINT = 'sha256:';

export function addProvenance(db: Db, paperId: number, item: Provenance): void {
  const value =
    item.value.length > LONG_VALUE ? `${FINGERPRINT}${sha256Hex(item.value)}` : item.value;
  db.prepare(
    `INSERT INTO provenance (run_id, paper_id, fact, value, source_file, source_line)
     VALUES (@runId, @paperId, @fact, @value, @sourceFile, @sourceLine)
     ON CONFLICT DO NOTHING`,
  ).run({ ...item, value, paperId });
}

export function listProvenanceByPaperIds(db: Db, paperIds: readonly number[]): Provenance[][] {
  const rows = db
    .prepare(
      `SELECT p.paper_id, p.run_id AS runId, p.fact, p.value, p.source_file AS sourceFile,
         p.source_line AS sourceLine, papers.abstract
       FROM provenance p JOIN papers ON papers.id = p.paper_id
       WHERE p.paper_id IN (SELECT value FROM json_each(?)) ORDER BY p.paper_id, p.id`,
    )
    .all(jsonIds(paperIds)) as (Provenance & { paper_id: number; abstract: string | null })[];
  return groupRowsBy(
    paperIds,
    rows,
    (row) => row.paper_id,
    ({ paper_id: _, abstract, ...rest }) => ({
      ...rest,
      value: restoreValue(rest.value, abstract),
    }),
  );
}

/** A fingerprinted value reads as the paper's abstract while that is still the text it names. */
function restoreValue(value: string, abstract: string | null): string {
  if (!value.startsWith(FINGERPRINT) || abstract === null) return value;
  return value === `${FINGERPRINT}${sha256Hex(abstract)}` ? abstract : value;
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
