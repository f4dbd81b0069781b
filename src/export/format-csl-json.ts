import type { PaperDetails } from '../model/paper/paper';
import { assignCitationKeys } from '../model/paper/citation-key';
import { describeWork, type Work, type WorkType } from './describe-work';
import { splitPersonName } from '../model/paper/person-name';
import { cslTitle } from './plain-title';

/** A CSL-JSON name: a person split into parts, or a `literal` for organizations (`GLM-V Team`). */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string }
  | { literal: string };

export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** The CSL-JSON fields surveygraph writes (https://citationstyles.org, csl-data.json). */
export interface CslItem {
  id: string;
  type: 'article' | 'paper-conference' | 'article-journal' | 'webpage' | 'post-weblog' | 'document';
  title: string;
  author?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  'container-title-short'?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  note?: string;
}

export interface CslJsonOptions {
  keys?: ReadonlyMap<number, string> | undefined;
  includeAbstracts?: boolean | undefined;
}

const CSL_TYPES: Record<WorkType, CslItem['type']> = {
  conference: 'paper-conference',
  journal: 'article-journal',
  preprint: 'article',
  blog: 'post-weblog',
  course: 'webpage',
  web: 'webpage',
  document: 'document',
};

export function toCslItems(papers: PaperDetails[], options: CslJsonOptions = {}): CslItem[] {
  const keys = assignCitationKeys(papers, options.keys ?? new Map());
  return papers.map((details) => toCslItem(details, keys.get(details.paper.id)!, options));
}

export function formatCslJson(papers: PaperDetails[], options: CslJsonOptions = {}): string {
  return `${JSON.stringify(toCslItems(papers, options), null, 2)}\n`;
}

function toCslItem(details: PaperDetails, id: string, options: CslJsonOptions): CslItem {
  const work = describeWork(details);
  const item: CslItem = { id, type: CSL_TYPES[work.type], title: cslTitle(details.paper.title) };
  if (details.authors.length > 0) item.author = details.authors.map(toCslName);
  const issued = toCslDate(work);
  if (issued) item.issued = issued;
  Object.assign(item, withoutUndefined(sourceFields(work)));
  if (work.doi) item.DOI = work.doi;
  if (work.url) item.URL = work.url;
  if (options.includeAbstracts && details.paper.abstract) item.abstract = details.paper.abstract;
  return item;
}

/**
 * Where the work appeared. An arXiv preprint is `article` with publisher `arXiv` and number
 * `arXiv:<id>`, the shape APA 7 and Zotero use; a published paper keeps its arXiv id in `note`.
 */
function sourceFields(work: Work): Partial<CslItem> {
  const venue = work.venue;
  const arxivNote = work.arxivId ? `arXiv:${work.arxivId}` : undefined;
  switch (work.type) {
    case 'preprint':
      return { publisher: 'arXiv', number: arxivNote };
    case 'conference':
    case 'journal':
      return venue
        ? { 'container-title': venue.name, 'container-title-short': venue.short, note: arxivNote }
        : { note: arxivNote };
    case 'blog':
    case 'course':
    case 'web':
      return venue ? { 'container-title': venue.name } : {};
    case 'document':
      return {};
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export function toCslName(author: string): CslName {
  const name = splitPersonName(author);
  if (name.kind === 'organization') return { literal: name.literal };
  const out: CslName = { family: name.family };
  if (name.given) out.given = name.given;
  if (name.particle) out['non-dropping-particle'] = name.particle;
  if (name.suffix) out.suffix = name.suffix;
  return out;
}

function toCslDate({ date }: Work): CslDate | undefined {
  if (date.year === undefined) return undefined;
  if (date.month === undefined) return { 'date-parts': [[date.year]] };
  if (date.day === undefined) return { 'date-parts': [[date.year, date.month]] };
  return { 'date-parts': [[date.year, date.month, date.day]] };
}
