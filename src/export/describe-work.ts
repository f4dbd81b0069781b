import { arxivAbsUrl, arxivDoi } from '../model/paper/arxiv-id';
import type { PaperDetails } from '../model/paper/paper';
import type { LinkKind } from '../model/curation/survey-list';
import { classifyVenue, type Venue } from './venue';

/**
 * What kind of bibliographic item a paper is, decided once for every format.
 * A published version (a conference or journal venue) is preferred over the arXiv preprint.
 */
export type WorkType =
  'conference' | 'journal' | 'preprint' | 'blog' | 'course' | 'web' | 'document';

export interface WorkDate {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
}

export interface Work {
  type: WorkType;
  venue?: Venue | undefined;
  arxivId?: string | undefined;
  /** The published DOI, or arXiv's DataCite DOI for an arXiv-only preprint. */
  doi?: string | undefined;
  /** Where a reader finds the work: the arXiv abstract page, else the best link. */
  url?: string | undefined;
  date: WorkDate;
}

export function describeWork(details: PaperDetails): Work {
  const { paper } = details;
  const type = workType(details);
  const venue = type === 'preprint' || type === 'document' ? undefined : siteOrVenue(paper.venue);
  const arxivId = paper.arxivId ?? undefined;
  const doi = paper.doi ?? (type === 'preprint' && arxivId ? arxivDoi(arxivId) : undefined);
  return { type, venue, arxivId, doi, url: bestUrl(details, type), date: workDate(details) };
}

/** A bare `Blog` note names no site; `ICLR Blog` or `Hugging Face` does. */
function siteOrVenue(note: string | null): Venue | undefined {
  const venue = classifyVenue(note);
  return venue && venue.name.toLowerCase() !== 'blog' ? venue : undefined;
}

function workType({ paper }: PaperDetails): WorkType {
  if (paper.kind === 'blog' || paper.kind === 'course' || paper.kind === 'web') return paper.kind;
  const venue = classifyVenue(paper.venue);
  if (venue) return venue.kind;
  return paper.arxivId ? 'preprint' : 'document';
}

const PAPER_LINKS: LinkKind[] = ['paper', 'doi', 'project', 'code'];
const PAGE_LINKS: LinkKind[] = ['blog', 'course', 'web', 'paper', 'project'];

function bestUrl({ paper, links }: PaperDetails, type: WorkType): string | undefined {
  const isPage = type === 'blog' || type === 'course' || type === 'web';
  if (paper.arxivId && !isPage) return arxivAbsUrl(paper.arxivId);
  for (const kind of isPage ? PAGE_LINKS : PAPER_LINKS) {
    const link = links.find((candidate) => candidate.kind === kind);
    if (link) return link.url;
  }
  if (paper.doi) return `https://doi.org/${paper.doi}`;
  return links[0]?.url;
}

/**
 * The list's year and month win (they are what the list shows); the day comes from the
 * submission date only when it agrees with them.
 */
function workDate({ paper }: PaperDetails): WorkDate {
  const published = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(paper.published ?? '');
  const pubYear = published ? Number(published[1]) : undefined;
  const pubMonth = published ? Number(published[2]) : undefined;
  const pubDay = published?.[3] ? Number(published[3]) : undefined;
  const year = paper.year ?? pubYear;
  const month = paper.month ?? (year === pubYear ? pubMonth : undefined);
  const day = year === pubYear && month === pubMonth && month !== undefined ? pubDay : undefined;
  return { year, month, day };
}
