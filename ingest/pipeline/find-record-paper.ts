import type { TitledPaper } from '../../src/model/paper/match-record';
import { matchRecordByTitle, titleFitsHint } from '../../src/model/paper/match-record';
import type { Paper } from '../../src/model/paper/paper';
import { paperKey } from '../../src/model/paper/paper-key';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { Db } from '../../src/store/database';
import type { PaperFields } from '../../src/store/paper.store';
import {
  findPaperByArxivId,
  findPaperByDoi,
  findPaperById,
  findPaperByKey,
  insertPaper,
} from '../../src/store/paper.store';
import { addPaperChange } from '../../src/store/run.store';

/** How a record found its paper, or that it made a new one. */
export type MatchedBy = 'arxiv' | 'doi' | 'title' | 'created';

/**
 * The paper a record is about: by arXiv id, then DOI, then the arXiv id a comment next to it
 * names (when the titles fit), then normalised title and year.
 */
export function findPaperOfRecord(
  db: Db,
  record: PaperRecord,
  titles: readonly TitledPaper[],
): { paper: Paper; by: MatchedBy } | undefined {
  const byArxiv = record.arxivId ? findPaperByArxivId(db, record.arxivId) : undefined;
  if (byArxiv) return { paper: byArxiv, by: 'arxiv' };
  const byDoi = record.doi ? findPaperByDoi(db, record.doi) : undefined;
  if (byDoi) return { paper: byDoi, by: 'doi' };
  const hinted = record.commentArxivId ? findPaperByArxivId(db, record.commentArxivId) : undefined;
  if (hinted && titleFitsHint(record.title, hinted.title)) return { paper: hinted, by: 'arxiv' };
  const byTitle = matchRecordByTitle(record, titles);
  const paper = byTitle === undefined ? undefined : findPaperById(db, byTitle);
  return paper ? { paper, by: 'title' } : undefined;
}

/** A new, unlisted paper for a record that matches none (it joins `titles` for later records). */
export function createRecordPaper(
  db: Db,
  runId: number,
  record: PaperRecord,
  titles: TitledPaper[],
): Paper {
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
