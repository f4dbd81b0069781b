import { arxivIdYearMonth, parseArxivId } from '../../src/model/paper/arxiv-id';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { SourceLocation } from '../types';
import type { PaperLine } from './paper-line-schema';

export interface LineProblem {
  code: string;
  reason: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Zero-width characters that survive copying titles from web pages. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Maps a decoded line to a record. An arxiv_id that is not a valid arXiv id (the dataset keeps a
 * list's identifier when a paper has no arXiv version) is dropped with a warning: title, authors
 * and date still let the merger match the paper.
 */
export function paperLineToRecord(
  line: PaperLine,
  source: SourceLocation,
): { record: PaperRecord; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const id = parseArxivId(line.arxiv_id);
  if (!id.ok) {
    const reason = `arxiv_id "${line.arxiv_id}" is not an arXiv id (${id.reason}); the record is kept without it`;
    problems.push({ code: 'invalid-arxiv-id', reason });
  }
  const date = readPublished(line.published, problems);
  if (id.ok && date.published) checkDateMatchesId(id.id, date.published, problems);
  const authors = line.authors?.map(collapseWhitespace).filter((name) => name !== '');
  const record: PaperRecord = {
    format: 'jsonl',
    source,
    ...(id.ok ? { arxivId: id.id } : {}),
    ...optional('title', collapseWhitespace(line.title)),
    ...(authors && authors.length > 0 ? { authors } : {}),
    ...optional('abstract', line.abstract?.trim() ?? ''),
    ...date,
  };
  return { record, problems };
}

function readPublished(published: string | null, problems: LineProblem[]): Partial<PaperRecord> {
  if (published === null) return {};
  const match = DATE.exec(published.trim());
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    problems.push({
      code: 'invalid-date',
      reason: `published "${published}" is not a YYYY-MM-DD date`,
    });
    return {};
  }
  return { published: match[0], year: Number(match[1]), month };
}

/** An id's YYMM is its submission month; papers sent in at a month's end may get the next one. */
function checkDateMatchesId(id: string, published: string, problems: LineProblem[]): void {
  const issued = arxivIdYearMonth(id);
  if (!issued) return;
  const idMonths = issued.year * 12 + issued.month;
  const dateMonths = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7));
  if (idMonths - dateMonths === 0 || idMonths - dateMonths === 1) return;
  const reason = `published ${published} does not fit arXiv id ${id}, issued ${issued.year}-${issued.month}`;
  problems.push({ code: 'date-id-mismatch', reason });
}

function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

function optional<K extends keyof PaperRecord>(key: K, value: string): Partial<PaperRecord> {
  return value === '' ? {} : { [key]: value };
}
