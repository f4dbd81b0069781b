import type { AuthoritativeField } from './field-authority';
import {
  betterCasedTitle,
  dateOfPaper,
  hasLatexMarkup,
  isArxivRecord,
  sameVenue,
  withListShortName,
} from './field-authority';
import type { Paper } from './paper';
import type { PaperRecord } from './paper-record';
import { normalisePersonName } from './person-name';
import { normaliseTitle } from './title-key';

/** A field a metadata record may fill on a paper. */
export type RecordField =
  'title' | 'year' | 'month' | 'venue' | 'doi' | 'arxivId' | 'abstract' | 'published' | 'authors';

export interface FieldConflict {
  field: RecordField;
  /** The value the paper holds after the merge. */
  kept: string;
  /** The value that lost. */
  other: string;
  /** Whether the record's value won (`other` is then the paper's earlier value). */
  recordWon: boolean;
}

export interface RecordMerge {
  /** Fields to set: empty ones the record fills, and ones where the record outranks the graph. */
  fill: Partial<Record<RecordField, unknown>>;
  /** Fields where two sources disagree; both values are kept (see FieldConflict). */
  conflicts: FieldConflict[];
  /** The author list to store, when the record brings one the paper lacks, extends or outranks. */
  authors?: string[] | undefined;
  /** Fields the record is now the authority for (see field-authority.ts). */
  authoritative: AuthoritativeField[];
}

type Same = (a: string, b: string) => boolean;

/**
 * Compares a record with the paper it was matched to, following the authority rule in
 * field-authority.ts: empty fields are filled; equal values change nothing; where the record
 * outranks the graph its value is written and the old one kept as a conflict; otherwise the
 * graph keeps its value and the record's becomes the conflict. `pinned` are the fields an
 * authoritative source already set, which no later record overrides.
 */
export function mergeRecordFields(
  paper: Paper,
  authors: readonly string[],
  record: PaperRecord,
  pinned: ReadonlySet<AuthoritativeField> = new Set(),
): RecordMerge {
  const merge: RecordMerge = { fill: {}, conflicts: [], authoritative: [] };
  const arxiv = isArxivRecord(record);
  const outranks = (field: AuthoritativeField) => arxiv && !pinned.has(field);
  const compare = (
    field: RecordField,
    current: unknown,
    incoming: unknown,
    same: Same,
    wins = false,
  ) => {
    if (incoming === undefined || incoming === null || incoming === '') return;
    if (current === null || current === undefined || current === '') merge.fill[field] = incoming;
    else if (same(String(current), String(incoming))) return;
    else if (wins) overrule(merge, field, String(current), String(incoming));
    else
      merge.conflicts.push({
        field,
        kept: String(current),
        other: String(incoming),
        recordWon: false,
      });
  };
  const exact: Same = (a, b) => a === b;
  const caseless: Same = (a, b) => a.toLowerCase() === b.toLowerCase();
  mergeTitle(merge, paper.title, record.title, arxiv, pinned);
  mergeDate(merge, paper, record, compare);
  compare('venue', paper.venue, record.venue, sameVenue, !pinned.has('venue'));
  if (record.venue && !pinned.has('venue')) merge.authoritative.push('venue');
  compare('doi', paper.doi, record.doi, caseless, outranks('doi'));
  compare('arxivId', paper.arxivId, record.arxivId, exact);
  compare('abstract', paper.abstract, record.abstract, (a, b) => squash(a) === squash(b));
  compare('published', paper.published, record.published, exact, outranks('date'));
  mergeAuthors(merge, authors, record, outranks('authors'));
  if (arxiv) merge.authoritative.push(...authorityOfArxivRecord(record, pinned));
  return merge;
}

function overrule(merge: RecordMerge, field: RecordField, current: string, incoming: string): void {
  merge.fill[field] = incoming;
  merge.conflicts.push({ field, kept: incoming, other: current, recordWon: true });
}

function authorityOfArxivRecord(
  record: PaperRecord,
  pinned: ReadonlySet<AuthoritativeField>,
): AuthoritativeField[] {
  const fields: AuthoritativeField[] = [];
  if (record.title && !hasLatexMarkup(record.title)) fields.push('title');
  if (record.authors?.length) fields.push('authors');
  if (record.published) fields.push('date');
  if (record.doi) fields.push('doi');
  return fields.filter((field) => !pinned.has(field));
}

/**
 * The arXiv record's title wins (keeping the list's "Name:" prefix), unless it is written in
 * LaTeX; between other sources a case-only difference keeps the better-cased spelling.
 */
function mergeTitle(
  merge: RecordMerge,
  current: string,
  incoming: string | undefined,
  arxiv: boolean,
  pinned: ReadonlySet<AuthoritativeField>,
): void {
  if (!incoming || incoming === current) return;
  if (!current) {
    merge.fill.title = incoming;
    return;
  }
  const recordWins = arxiv && !pinned.has('title') && !hasLatexMarkup(incoming);
  const caseOnly = normaliseTitle(current) === normaliseTitle(incoming);
  const winner = recordWins
    ? withListShortName(current, incoming)
    : caseOnly && !pinned.has('title')
      ? betterCasedTitle(current, incoming)
      : current;
  if (winner === current) {
    merge.conflicts.push({ field: 'title', kept: current, other: incoming, recordWon: false });
  } else {
    overrule(merge, 'title', current, winner);
  }
}

/**
 * A paper with an arXiv id is dated by the id's year and month (a hard fact); a record that says
 * otherwise is a conflict. Without an id an arXiv record is not possible, so the graph's date
 * stays and the record fills what is missing.
 */
function mergeDate(
  merge: RecordMerge,
  paper: Paper,
  record: PaperRecord,
  compare: (field: RecordField, current: unknown, incoming: unknown, same: Same) => void,
): void {
  const arxivId = paper.arxivId ?? record.arxivId;
  const byId = dateOfPaper(arxivId, null, null);
  if (byId.year === null) {
    const exact: Same = (a, b) => a === b;
    compare('year', paper.year, record.year, exact);
    if (record.year === undefined || paper.year === null || paper.year === record.year)
      compare('month', paper.month, record.month, exact);
    return;
  }
  if (paper.year !== byId.year) overruleQuietly(merge, 'year', paper.year, byId.year);
  if (paper.month !== byId.month) overruleQuietly(merge, 'month', paper.month, byId.month);
  const disagree = (field: 'year' | 'month', value: number | undefined, kept: number | null) => {
    if (value !== undefined && value !== kept)
      merge.conflicts.push({ field, kept: String(kept), other: String(value), recordWon: false });
  };
  disagree('year', record.year, byId.year);
  if (record.year === undefined || record.year === byId.year)
    disagree('month', record.month, byId.month);
}

/** The id's date replaces an old one; the old value was already reported when it was stored. */
function overruleQuietly(
  merge: RecordMerge,
  field: 'year' | 'month',
  current: number | null,
  byId: number | null,
): void {
  merge.fill[field] = byId;
  if (current !== null)
    merge.conflicts.push({ field, kept: String(byId), other: String(current), recordWon: true });
}

function mergeAuthors(
  merge: RecordMerge,
  current: readonly string[],
  record: PaperRecord,
  recordWins: boolean,
): void {
  const incoming = record.authors ?? [];
  if (incoming.length === 0) return;
  if (current.length === 0) {
    merge.authors = [...incoming];
    return;
  }
  const keys = (names: readonly string[]) => names.map(normalisePersonName);
  const have = keys(current);
  const got = keys(incoming);
  const shorter = have.length <= got.length ? have : got;
  const longer = have.length <= got.length ? got : have;
  const prefix = shorter.every((key, i) => key === longer[i]);
  if (prefix && got.length > have.length) merge.authors = [...incoming];
  else if (prefix) return;
  else if (recordWins) {
    merge.authors = [...incoming];
    const [kept, other] = [incoming.join('; '), current.join('; ')];
    merge.conflicts.push({ field: 'authors', kept, other, recordWon: true });
  } else {
    const [kept, other] = [current.join('; '), incoming.join('; ')];
    merge.conflicts.push({ field: 'authors', kept, other, recordWon: false });
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
