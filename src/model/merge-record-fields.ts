import type { Paper } from './paper';
import type { PaperRecord } from './paper-record';
import { normalisePersonName } from './person-name';
import { normaliseTitle } from './title-key';

/** A field a metadata record may fill on a paper. */
export type RecordField =
  'title' | 'year' | 'month' | 'venue' | 'doi' | 'arxivId' | 'abstract' | 'published' | 'authors';

export interface FieldConflict {
  field: RecordField;
  kept: string;
  other: string;
}

export interface RecordMerge {
  /** Fields to set because the paper did not know them yet. */
  fill: Partial<Record<RecordField, unknown>>;
  /** Fields where the record disagrees with what the graph already holds; the graph keeps its value. */
  conflicts: FieldConflict[];
  /** The author list to store, when the record brings one the paper lacks or extends. */
  authors?: string[] | undefined;
}

/**
 * Compares a record with the paper it was matched to. Empty fields are filled; equal values
 * (after normalisation) change nothing; different values become conflicts, never overwrites.
 */
export function mergeRecordFields(
  paper: Paper,
  authors: readonly string[],
  record: PaperRecord,
): RecordMerge {
  const merge: RecordMerge = { fill: {}, conflicts: [] };
  const compare = (
    field: RecordField,
    current: unknown,
    incoming: unknown,
    same: (a: string, b: string) => boolean,
  ) => {
    if (incoming === undefined || incoming === null || incoming === '') return;
    if (current === null || current === undefined || current === '') merge.fill[field] = incoming;
    else if (!same(String(current), String(incoming)))
      merge.conflicts.push({ field, kept: String(current), other: String(incoming) });
  };
  const exact = (a: string, b: string) => a === b;
  compare('title', paper.title, record.title, (a, b) => normaliseTitle(a) === normaliseTitle(b));
  compare('year', paper.year, record.year, exact);
  if (record.year === undefined || paper.year === null || paper.year === record.year)
    compare('month', paper.month, record.month, exact);
  compare('venue', paper.venue, record.venue, (a, b) => a.toLowerCase() === b.toLowerCase());
  compare('doi', paper.doi, record.doi, (a, b) => a.toLowerCase() === b.toLowerCase());
  compare('arxivId', paper.arxivId, record.arxivId, exact);
  compare('abstract', paper.abstract, record.abstract, (a, b) => squash(a) === squash(b));
  compare('published', paper.published, record.published, exact);
  mergeAuthors(merge, authors, record);
  return merge;
}

function mergeAuthors(merge: RecordMerge, current: readonly string[], record: PaperRecord): void {
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
  else if (!prefix)
    merge.conflicts.push({
      field: 'authors',
      kept: current.join('; '),
      other: incoming.join('; '),
    });
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
