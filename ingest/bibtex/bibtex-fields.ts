import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import { cleanBibtexText, findHref } from './bibtex-text';
import type { FieldProblem } from './find-bibtex-arxiv-id';

/**
 * Field values as strings, by lower-case name. The library stores a repeated field as
 * `title+duplicate-1`; the first value wins and the repetition is reported.
 */
export function readStringFields(fields: Record<string, unknown>): {
  values: Map<string, string>;
  problems: FieldProblem[];
} {
  const values = new Map<string, string>();
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const duplicateOf = /^(.+)\+duplicate-\d+$/.exec(name)?.[1];
    if (duplicateOf) {
      problems.push({ code: 'duplicate-field', reason: `field ${duplicateOf} is given twice` });
    } else if (typeof value === 'string') {
      values.set(name, value);
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      values.set(name, value.join('; '));
    }
  }
  return { values, problems };
}

/** URLs from `url` (which sometimes holds several) or from `howpublished = {\url{…}}`. */
export function readUrls(values: ReadonlyMap<string, string>): string[] {
  const url = values.get('url');
  if (url) return url.split(/[\s;]+/).filter((part) => /^https?:\/\//i.test(part));
  const howpublished = values.get('howpublished') ?? '';
  const href = findHref(howpublished) ?? /^https?:\/\/\S+$/.exec(howpublished.trim())?.[0];
  return href ? [href] : [];
}

/** The first URL that is not a broken arXiv link; several URLs in one field are reported. */
export function chooseUrl(urls: string[]): { url?: string | undefined; problems: FieldProblem[] } {
  const url = urls.find((candidate) => findArxivIdInUrl(candidate)?.ok !== false);
  if (urls.length <= 1) return { url, problems: [] };
  const reason = `url holds ${urls.length} URLs (${urls.join(' ; ')}); using ${url ?? 'none'}`;
  return { url, problems: [{ code: 'multiple-urls', reason }] };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface BibtexDate {
  year?: number | undefined;
  month?: number | undefined;
  published?: string | undefined;
  problems: FieldProblem[];
}

/** `year` and `month` (BibTeX), or `date` (BibLaTeX, `YYYY-MM-DD`). */
export function readDate(values: ReadonlyMap<string, string>): BibtexDate {
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(values.get('date')?.trim() ?? '');
  const yearText = values.get('year') ?? date?.[1];
  const year = yearText === undefined ? undefined : /\b(\d{4})\b/.exec(yearText)?.[1];
  const problems: FieldProblem[] = [];
  if (yearText !== undefined && year === undefined) {
    problems.push({ code: 'invalid-year', reason: `year "${yearText}" holds no four-digit year` });
  }
  const month = readMonth(values.get('month') ?? date?.[2]);
  const published = date?.[3] ? date[0] : undefined;
  return { year: year ? Number(year) : undefined, month, published, problems };
}

function readMonth(text: string | undefined): number | undefined {
  const clean = text?.trim().toLowerCase() ?? '';
  const month = /^\d{1,2}$/.test(clean) ? Number(clean) : MONTHS.indexOf(clean.slice(0, 3)) + 1;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** Not venues: `arXiv preprint …`, `arXiv`, `CoRR`, `preprint`, a bare URL. */
const NOT_A_VENUE = /^(?:arxiv\b|corr$|preprint$|https?:\/\/)/i;

/** Where it was published: `journal` for articles, else `booktitle` first. */
export function readVenue(
  entryType: string,
  values: ReadonlyMap<string, string>,
): string | undefined {
  const order = entryType === 'article' ? ['journal', 'booktitle'] : ['booktitle', 'journal'];
  return order
    .map((field) => cleanBibtexText(values.get(field) ?? ''))
    .find((venue) => venue !== '' && !NOT_A_VENUE.test(venue));
}

/** A bare, lower-cased DOI, or a problem when the field holds something else. */
export function readDoi(values: ReadonlyMap<string, string>): {
  doi?: string | undefined;
  problems: FieldProblem[];
} {
  const text = values.get('doi')?.trim();
  if (!text) return { problems: [] };
  const doi = text.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
  if (/^10\.\d{4,9}\/\S+$/.test(doi)) return { doi, problems: [] };
  return { problems: [{ code: 'invalid-doi', reason: `doi "${text}" is not a DOI` }] };
}
