import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { SourceLocation } from '../types';
import type { AtomEntry } from './atom-schema';

/** What the arXiv API says beyond PaperRecord's fields. */
export interface ArxivPaperRecord extends PaperRecord {
  format: 'arxiv-atom';
  /** The version the API returned (`v2` in `…/abs/2503.07365v2`). */
  version?: number | undefined;
  /** `YYYY-MM-DD` on which the returned version was submitted (`published` is version 1's). */
  updated?: string | undefined;
  /** Per author, in the order of `authors`; present only when some author has one. */
  affiliations?: string[][] | undefined;
  comment?: string | undefined;
  pdfUrl?: string | undefined;
}

export type EntryOutcome =
  { ok: true; record: ArxivPaperRecord } | { ok: false; code: string; reason: string };

/** arXiv categories (`cs.CV`, `hep-th`, `astro-ph.CO`), not ACM or MSC classes (`I.2.6`). */
const ARXIV_CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

export function atomEntryToRecord(entry: AtomEntry, source: SourceLocation): EntryOutcome {
  const title = collapse(entry.title);
  const summary = collapse(entry.summary);
  const id = findArxivIdInUrl(entry.id.trim());
  if (entry.id.includes('/api/errors') || (!id?.ok && title === 'Error')) {
    return { ok: false, code: 'api-error', reason: `the arXiv API answered: ${summary || title}` };
  }
  if (!id?.ok) {
    const reason = `entry id "${entry.id.trim()}" is not an arXiv abstract URL`;
    return { ok: false, code: 'not-an-arxiv-entry', reason };
  }
  if (!title && entry.author.length === 0) {
    return { ok: false, code: 'empty-entry', reason: `arXiv returned an empty entry for ${id.id}` };
  }
  const record: ArxivPaperRecord = {
    format: 'arxiv-atom',
    source,
    arxivId: id.id,
    version: id.version,
    title: title || undefined,
    ...readAuthors(entry),
    abstract: summary || undefined,
    ...readPublished(entry.published),
    updated: readDate(entry.updated),
    ...readLinks(entry, id.id),
    categories: readCategories(entry),
    journalRef: collapse(entry.journal_ref) || undefined,
    comment: collapse(entry.comment) || undefined,
  };
  return { ok: true, record: dropUndefined(record) };
}

function readAuthors(entry: AtomEntry): Partial<ArxivPaperRecord> {
  if (entry.author.length === 0) return {};
  const affiliations = entry.author.map((author) => (author.affiliation ?? []).map(collapse));
  return {
    authors: entry.author.map((author) => collapse(author.name)),
    affiliations: affiliations.some((list) => list.length > 0) ? affiliations : undefined,
  };
}

function readPublished(published: string | undefined): Partial<ArxivPaperRecord> {
  const date = readDate(published);
  if (!date) return {};
  return { published: date, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The date as arXiv states it (`2007-02-27T16:02:02-05:00` → `2007-02-27`). */
function readDate(text: string | undefined): string | undefined {
  return /^\s*(\d{4}-\d{2}-\d{2})/.exec(text ?? '')?.[1];
}

function readLinks(entry: AtomEntry, id: string): Partial<ArxivPaperRecord> {
  const alternate = entry.link.find((link) => link['@_rel'] === 'alternate');
  const pdf = entry.link.find((link) => link['@_title'] === 'pdf');
  const doiLink = entry.link.find((link) => link['@_title'] === 'doi');
  const doiText = entry.doi?.trim().split(/\s+/)[0] ?? doiLink?.['@_href'];
  const doi = doiText?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').toLowerCase();
  return {
    url: alternate?.['@_href'] ?? `https://arxiv.org/abs/${id}`,
    pdfUrl: pdf?.['@_href'],
    doi: doi || undefined,
  };
}

function readCategories(entry: AtomEntry): string[] | undefined {
  const terms = [entry.primary_category, ...entry.category].flatMap((category) =>
    category ? [category['@_term'].trim()] : [],
  );
  const categories = [...new Set(terms.filter((term) => ARXIV_CATEGORY.test(term)))];
  return categories.length > 0 ? categories : undefined;
}

/** Titles and abstracts arrive hard-wrapped; LaTeX in them is kept as written. */
function collapse(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
