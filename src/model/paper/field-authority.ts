import { arxivIdYearMonth } from './arxiv-id';
import type { PaperRecord } from './paper-record';
import { normaliseTitle } from './title-key';
import { findKnownVenue } from './venues';

/**
 * Which source wins for which field (documented in the README, "Which value wins"):
 * - an arXiv record (arXiv API or an arXiv metadata line) wins for title, authors, date and DOI;
 * - the arXiv id's year and month are a hard fact: a paper with an id is dated by it;
 * - the list wins for placement, short name ("Name:" prefix) and venue tag, unless a record
 *   names a published venue;
 * - a title that differs only in case keeps the well-cased form;
 * - every losing value is kept as a conflict with its source.
 */
export type AuthoritativeField = 'title' | 'authors' | 'date' | 'doi' | 'venue';

/** Whether a record speaks for arXiv itself (not an author's BibTeX that cites arXiv). */
export function isArxivRecord(record: PaperRecord): boolean {
  return (
    record.arxivId !== undefined && (record.format === 'arxiv-atom' || record.format === 'jsonl')
  );
}

/** The year and month a paper is dated by: its arXiv id's, when it has one. */
export function dateOfPaper(
  arxivId: string | null | undefined,
  year: number | null | undefined,
  month: number | null | undefined,
): { year: number | null; month: number | null } {
  const issued = arxivId ? arxivIdYearMonth(arxivId) : undefined;
  if (issued) return { year: issued.year, month: issued.month };
  return { year: year ?? null, month: month ?? null };
}

/** LaTeX markup in a title (`$\pi_0$`, `\textbf{…}`): not a form to show or export as is. */
export function hasLatexMarkup(title: string): boolean {
  return /\$|\\[a-zA-Z]+/.test(title);
}

const NAME_PREFIX = /^([^:]{1,40}):\s+(.+)$/;

/**
 * The title to keep when an arXiv record's title wins over the list's: the record's, but with
 * the list's short-name prefix ("LS-Imagine: …") when the record lacks it and the rest is the
 * same title, since the list is the authority for short names.
 */
export function withListShortName(listTitle: string, recordTitle: string): string {
  const prefixed = NAME_PREFIX.exec(listTitle);
  if (!prefixed || NAME_PREFIX.exec(recordTitle)) return recordTitle;
  const [, name, rest] = prefixed;
  return normaliseTitle(rest!) === normaliseTitle(recordTitle)
    ? `${name}: ${recordTitle}`
    : recordTitle;
}

/**
 * Of two spellings of one title that differ only in case, the better-cased one: a title with
 * letters that is all upper case loses; otherwise the one with more capitals (acronyms such as
 * "UI-TARS", "GUI", "MoRE" that a list lower-cased); ties keep `current`.
 */
export function betterCasedTitle(current: string, incoming: string): string {
  const shouts = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
  if (shouts(incoming) !== shouts(current)) return shouts(incoming) ? current : incoming;
  const capitals = (t: string) => (t.match(/\p{Lu}/gu) ?? []).length;
  return capitals(incoming) > capitals(current) ? incoming : current;
}

/** Whether two venue names are one venue (`ICML` and `Forty-first International Conference on Machine Learning`). */
export function sameVenue(a: string, b: string): boolean {
  const plain = (v: string) => v.toLowerCase().replace(/\s+/g, ' ').trim();
  if (plain(a) === plain(b)) return true;
  const known = (v: string) => findKnownVenue(v.replace(/\s+\d{4}$/, ''));
  const [ka, kb] = [known(a), known(b)];
  if (ka && kb) return ka.short === kb.short;
  const contains = (full: string, k: typeof ka) =>
    k !== undefined && plain(full).includes(k.name.toLowerCase());
  return contains(b, ka) || contains(a, kb);
}
