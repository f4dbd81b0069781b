import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { SourceLocation } from '../types';
import {
  chooseUrl,
  readDate,
  readDoi,
  readStringFields,
  readUrls,
  readVenue,
} from './bibtex-fields';
import { cleanTitle } from './bibtex-text';
import type { DecodedAuthors } from './decode-authors';
import { findBibtexArxivId } from './find-bibtex-arxiv-id';
import type { FieldProblem } from './find-bibtex-arxiv-id';
import type { BibtexEntry } from './read-bibtex-library';

export type EntryConversion =
  { ok: true; record: PaperRecord; problems: FieldProblem[] } | { ok: false; reason: string };

/**
 * Maps one decoded BibTeX entry to a record. `authors` was decoded separately (see
 * decode-authors.ts) because the raw field may need its commas fixed first.
 */
export function bibtexEntryToRecord(
  entry: BibtexEntry,
  source: SourceLocation,
  authors: DecodedAuthors | undefined,
): EntryConversion {
  const { values, problems } = readStringFields(entry.fields);
  const urls = readUrls(values);
  const url = chooseUrl(urls);
  const arxiv = findBibtexArxivId(values, urls);
  const date = readDate(values);
  const doi = readDoi(values);
  const title = cleanTitle(values.get('title') ?? '') || undefined;
  if (!title && !arxiv.arxivId && !doi.doi) {
    return { ok: false, reason: `entry ${entry.key} has no title, arXiv id or DOI` };
  }
  const record: PaperRecord = {
    format: 'bibtex',
    source,
    arxivId: arxiv.arxivId,
    doi: doi.doi,
    title,
    ...readAuthors(authors),
    published: date.published,
    year: date.year,
    month: date.month,
    venue: readVenue(entry.type, values),
    url: url.url,
    entryType: entry.type,
    citationKey: entry.key,
  };
  const all = [...problems, ...arxiv.problems, ...url.problems, ...date.problems, ...doi.problems];
  return {
    ok: true,
    record: dropUndefined(record),
    problems: [...all, ...authorProblems(authors)],
  };
}

function readAuthors(authors: DecodedAuthors | undefined): Partial<PaperRecord> {
  if (!authors || (authors.names.length === 0 && !authors.moreAuthors)) return {};
  return { authors: authors.names, moreAuthors: authors.moreAuthors || undefined };
}

function authorProblems(authors: DecodedAuthors | undefined): FieldProblem[] {
  if (!authors) return [];
  const problems = authors.problems.map((reason) => ({ code: 'malformed-author-name', reason }));
  if (!authors.commaSeparated) return problems;
  const reason = `author names are separated by commas instead of "and"; read as ${authors.names.length} names`;
  return [{ code: 'comma-separated-authors', reason }, ...problems];
}

/** Records compare (and serialise) without keys that hold `undefined`. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
