import type { Finding } from '../types';
import { at } from '../../src/model/finding';
import { arxivAbsUrl } from '../../src/model/paper/arxiv-id';
import type { TitledPaper } from '../../src/model/paper/match-record';
import type { FieldConflict } from '../../src/model/paper/merge-record-fields';
import { mergeRecordFields } from '../../src/model/paper/merge-record-fields';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { Db } from '../../src/store/database';
import { listAuthorNamesOfPaper } from '../../src/store/author.store';
import { addPaperLinks } from '../../src/store/link.store';
import { listPaperTitles } from '../../src/store/paper.store';
import { listAuthoritativeFields } from '../../src/store/field-authority.store';
import { addConflict } from '../../src/store/provenance.store';
import { addPaperChange, startRun } from '../../src/store/run.store';
import { applyRecordMerge } from './apply-record-merge';
import { closeIngestRun } from './close-ingest-run';
import type { MatchedBy } from './find-record-paper';
import { createRecordPaper, findPaperOfRecord } from './find-record-paper';

export interface IngestRecordsOptions {
  format: string;
  sources: string[];
  /** Create papers for records that match none; else report them as unmatched. */
  createMissing: boolean;
  parserFindings?: { skipped: Finding[]; warnings: Finding[] } | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  now?: () => Date;
}

export interface RecordConflict extends FieldConflict {
  where: string;
  paperTitle: string;
}

export interface RecordsSummary {
  runId: number;
  records: number;
  matched: Record<MatchedBy, number>;
  enriched: number;
  unchanged: number;
  unmatched: Finding[];
  conflicts: RecordConflict[];
  warnings: Finding[];
  skipped: Finding[];
  changed: boolean;
}

/**
 * Merges paper metadata records into the graph in one transaction: each record finds its paper
 * by arXiv id, then DOI, then normalised title and year; it fills what the paper lacks, and any
 * disagreement is stored as a conflict with both sources, never written over.
 */
export function ingestPaperRecords(
  db: Db,
  records: readonly PaperRecord[],
  options: IngestRecordsOptions,
): RecordsSummary {
  return db.transaction(() => writeRecords(db, records, options))();
}

function writeRecords(
  db: Db,
  records: readonly PaperRecord[],
  options: IngestRecordsOptions,
): RecordsSummary {
  const now = options.now ?? (() => new Date());
  const runId = startRun(db, {
    format: options.format,
    sources: options.sources,
    listId: null,
    startedAt: now().toISOString(),
  });
  const titles = listPaperTitles(db);
  const summary = emptySummary(runId, records.length, options);
  records.forEach((record, index) => {
    writeRecord(db, runId, record, titles, options, summary);
    options.onProgress?.(index + 1, records.length);
  });
  closeIngestRun(db, runId, {
    finishedAt: now(),
    warnings: [...summary.warnings, ...summary.conflicts.map(conflictFinding)],
    skipped: [...summary.skipped, ...summary.unmatched],
    counts: {
      records: summary.records,
      matched: summary.matched,
      enriched: summary.enriched,
      conflicts: summary.conflicts.length,
      unmatched: summary.unmatched.length,
    },
    changed: summary.changed,
  });
  return summary;
}

function writeRecord(
  db: Db,
  runId: number,
  record: PaperRecord,
  titles: TitledPaper[],
  options: IngestRecordsOptions,
  summary: RecordsSummary,
): void {
  const where = at(record.source);
  const found = findPaperOfRecord(db, record, titles);
  if (!found && !options.createMissing) {
    summary.unmatched.push({
      where,
      code: 'no-matching-paper',
      reason: `"${record.title ?? record.arxivId ?? '?'}" matches no paper in the graph (by arXiv id, DOI or title)`,
    });
    return;
  }
  const paper = found?.paper ?? createRecordPaper(db, runId, record, titles);
  summary.matched[found?.by ?? 'created'] += 1;
  const pinned = listAuthoritativeFields(db, paper.id);
  const merge = mergeRecordFields(paper, listAuthorNamesOfPaper(db, paper.id), record, pinned);
  const filled = applyRecordMerge(db, runId, paper, merge, record);
  for (const conflict of merge.conflicts) {
    addConflict(db, runId, {
      paperId: paper.id,
      field: conflict.field,
      keptValue: conflict.kept,
      otherValue: conflict.other,
      keptSource: conflict.recordWon ? where : null,
      otherSource: conflict.recordWon ? EARLIER_SOURCE : where,
    });
    summary.conflicts.push({ ...conflict, where, paperTitle: paper.title });
  }
  if (
    record.arxivId &&
    addPaperLinks(db, paper.id, [{ kind: 'arxiv', url: arxivAbsUrl(record.arxivId) }]) > 0 &&
    !filled
  ) {
    addPaperChange(db, { runId, paperId: paper.id, change: 'updated' });
  }
  if (filled || !found) {
    summary.changed = true;
    if (found) summary.enriched += 1;
  } else summary.unchanged += 1;
}

/** Where a value that a record outranked came from: whatever stated it before this run. */
const EARLIER_SOURCE = 'an earlier source';

function emptySummary(
  runId: number,
  records: number,
  options: IngestRecordsOptions,
): RecordsSummary {
  return {
    runId,
    records,
    enriched: 0,
    unchanged: 0,
    unmatched: [],
    conflicts: [],
    changed: false,
    matched: { arxiv: 0, doi: 0, title: 0, created: 0 },
    warnings: options.parserFindings?.warnings ?? [],
    skipped: options.parserFindings?.skipped ?? [],
  };
}

function conflictFinding(conflict: RecordConflict): Finding {
  return {
    where: conflict.where,
    code: `conflicting-${conflict.field}`,
    reason: conflict.recordWon
      ? `"${conflict.paperTitle}": this record's ${JSON.stringify(conflict.kept)} replaces ${JSON.stringify(conflict.other)} (the record is the authority for ${conflict.field})`
      : `"${conflict.paperTitle}": graph has ${JSON.stringify(conflict.kept)}, this record says ${JSON.stringify(conflict.other)}`,
  };
}
