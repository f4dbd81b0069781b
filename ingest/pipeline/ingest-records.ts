import type { Finding } from '../types';
import { at } from '../types';
import { arxivAbsUrl } from '../../src/model/arxiv-id';
import type { TitledPaper } from '../../src/model/match-record';
import { matchRecordByTitle } from '../../src/model/match-record';
import type { FieldConflict, RecordMerge } from '../../src/model/merge-record-fields';
import { mergeRecordFields } from '../../src/model/merge-record-fields';
import type { Paper } from '../../src/model/paper';
import { paperKey } from '../../src/model/paper-key';
import type { PaperRecord } from '../../src/model/paper-record';
import { normalisePersonName } from '../../src/model/person-name';
import type { Db } from '../../src/store/database';
import {
  listAuthorNamesOfPaper,
  replacePaperAuthors,
  upsertAuthor,
} from '../../src/store/author.store';
import { addPaperLinks } from '../../src/store/link.store';
import { bumpContentVersion } from '../../src/store/meta.store';
import type { PaperFields } from '../../src/store/paper.store';
import {
  findPaperByArxivId,
  findPaperByDoi,
  findPaperById,
  findPaperByKey,
  insertPaper,
  listPaperTitles,
  updatePaperFields,
} from '../../src/store/paper.store';
import { addConflict, addProvenance } from '../../src/store/provenance.store';
import { addFindings, addPaperChange, finishRun, startRun } from '../../src/store/run.store';

export interface IngestRecordsOptions {
  format: string;
  sources: string[];
  /** Create papers for records that match none; else report them as unmatched. */
  createMissing: boolean;
  parserFindings?: { skipped: Finding[]; warnings: Finding[] } | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  now?: () => Date;
}

export type MatchedBy = 'arxiv' | 'doi' | 'title' | 'created';

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
  addFindings(db, runId, 'warning', [
    ...summary.warnings,
    ...summary.conflicts.map(conflictFinding),
  ]);
  addFindings(db, runId, 'skipped', [...summary.skipped, ...summary.unmatched]);
  finishRun(db, runId, now().toISOString(), {
    records: summary.records,
    matched: summary.matched,
    enriched: summary.enriched,
    conflicts: summary.conflicts.length,
    unmatched: summary.unmatched.length,
  });
  if (summary.changed) bumpContentVersion(db);
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
  const paper = found?.paper ?? createPaper(db, runId, record, titles);
  summary.matched[found?.by ?? 'created'] += 1;
  const merge = mergeRecordFields(paper, listAuthorNamesOfPaper(db, paper.id), record);
  const filled = applyMerge(db, runId, paper, merge, record);
  for (const conflict of merge.conflicts) {
    addConflict(db, runId, {
      paperId: paper.id,
      field: conflict.field,
      keptValue: conflict.kept,
      otherValue: conflict.other,
      keptSource: null,
      otherSource: where,
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

function findPaperOfRecord(
  db: Db,
  record: PaperRecord,
  titles: readonly TitledPaper[],
): { paper: Paper; by: MatchedBy } | undefined {
  const byArxiv = record.arxivId ? findPaperByArxivId(db, record.arxivId) : undefined;
  if (byArxiv) return { paper: byArxiv, by: 'arxiv' };
  const byDoi = record.doi ? findPaperByDoi(db, record.doi) : undefined;
  if (byDoi) return { paper: byDoi, by: 'doi' };
  const byTitle = matchRecordByTitle(record, titles);
  const paper = byTitle === undefined ? undefined : findPaperById(db, byTitle);
  return paper ? { paper, by: 'title' } : undefined;
}

function createPaper(db: Db, runId: number, record: PaperRecord, titles: TitledPaper[]): Paper {
  const key = paperKey({
    arxivId: record.arxivId,
    doi: record.doi,
    url: undefined,
    title: record.title ?? record.arxivId ?? '',
  });
  const existing = findPaperByKey(db, key);
  if (existing) return existing;
  const fields: PaperFields = {
    key,
    arxivId: null,
    doi: null,
    title: record.title ?? record.arxivId ?? record.doi ?? 'untitled',
    year: null,
    month: null,
    venue: null,
    dateText: null,
    published: null,
    kind: record.venue ? 'publication' : record.arxivId ? 'preprint' : 'web',
    abstract: null,
  };
  const id = insertPaper(db, fields, runId);
  addPaperChange(db, { runId, paperId: id, change: 'added' });
  titles.push({ id, title: fields.title, year: record.year ?? null });
  return { id, ...fields };
}

/** Writes what the record fills in (and its provenance); returns whether anything changed. */
function applyMerge(
  db: Db,
  runId: number,
  paper: Paper,
  merge: RecordMerge,
  record: PaperRecord,
): boolean {
  const fill = { ...merge.fill } as Partial<PaperFields>;
  if (fill.arxivId && findPaperByArxivId(db, fill.arxivId as string)) delete fill.arxivId;
  if (fill.title && paper.title) delete fill.title;
  updatePaperFields(db, paper.id, fill, runId);
  const source = { runId, sourceFile: record.source.file, sourceLine: record.source.line };
  for (const [fact, value] of Object.entries(fill))
    addProvenance(db, paper.id, { ...source, fact, value: String(value) });
  if (merge.authors) {
    replacePaperAuthors(
      db,
      paper.id,
      merge.authors.map((name) => upsertAuthor(db, name, normalisePersonName(name))),
    );
    addProvenance(db, paper.id, { ...source, fact: 'authors', value: merge.authors.join('; ') });
  }
  const changed = Object.keys(fill).length > 0 || merge.authors !== undefined;
  if (changed) addPaperChange(db, { runId, paperId: paper.id, change: 'updated' });
  return changed;
}

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
    reason: `"${conflict.paperTitle}": graph has ${JSON.stringify(conflict.kept)}, this record says ${JSON.stringify(conflict.other)}`,
  };
}
