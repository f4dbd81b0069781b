import type { PaperDetails } from '../model/paper/paper';
import { classifyVenue } from './venue';

export type MarkdownGroupBy = 'section' | 'pillar' | 'year' | 'venue' | 'none';

/** A heading with its papers and sub-headings; the root group has no heading. */
export interface MarkdownGroup {
  heading?: string | undefined;
  papers: PaperDetails[];
  children: MarkdownGroup[];
}

const NO_PILLAR = 'Other';
const NO_SECTION = 'Not in any section';
const NO_YEAR = 'Undated';
const NO_VENUE = 'Unpublished';

/**
 * Groups papers for an awesome-list. Sections nest as their paths do, in the order they first
 * appear; a paper listed in several sections appears under each. Papers in no section (found
 * only in metadata) come last under a heading of their own, so that ingesting the export again
 * keeps them (a list parser reads no entries above the first heading). With `none`, one group
 * without a heading.
 */
export function groupPapers(papers: PaperDetails[], groupBy: MarkdownGroupBy): MarkdownGroup[] {
  switch (groupBy) {
    case 'section':
      return groupBySection(papers);
    case 'pillar':
      return flatGroups(
        papers,
        (details) => (details.pillars.length > 0 ? details.pillars : [NO_PILLAR]),
        NO_PILLAR,
      );
    case 'year':
      return sortYears(
        flatGroups(
          papers,
          ({ paper }) => [paper.year === null ? NO_YEAR : String(paper.year)],
          NO_YEAR,
        ),
      );
    case 'venue':
      return sortVenues(
        flatGroups(papers, ({ paper }) => [venueHeading(paper.venue, paper.arxivId)], NO_VENUE),
      );
    case 'none':
      return [{ papers: uniqueById(papers), children: [] }];
  }
}

function groupBySection(papers: PaperDetails[]): MarkdownGroup[] {
  const root: MarkdownGroup = { papers: [], children: [] };
  const unplaced: MarkdownGroup = { heading: NO_SECTION, papers: [], children: [] };
  for (const details of papers) {
    if (details.sections.length === 0) addOnce(unplaced.papers, details);
    for (const path of details.sections) addOnce(descend(root, path).papers, details);
  }
  if (unplaced.papers.length > 0) root.children.push(unplaced);
  return [root];
}

function descend(root: MarkdownGroup, path: string[]): MarkdownGroup {
  let node = root;
  for (const name of path) {
    let child = node.children.find((candidate) => candidate.heading === name);
    if (!child) {
      child = { heading: name, papers: [], children: [] };
      node.children.push(child);
    }
    node = child;
  }
  return node;
}

/** One heading per value, in order of first appearance; the `last` heading goes to the end. */
function flatGroups(
  papers: PaperDetails[],
  valuesOf: (details: PaperDetails) => string[],
  last: string,
): MarkdownGroup[] {
  const groups = new Map<string, PaperDetails[]>();
  for (const details of papers) {
    for (const value of valuesOf(details)) {
      const list = groups.get(value) ?? [];
      addOnce(list, details);
      groups.set(value, list);
    }
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === last) - Number(b === last));
  return ordered.map(([heading, list]) => ({ heading, papers: list, children: [] }));
}

/** Newest year first, as the lists read. */
function sortYears(groups: MarkdownGroup[]): MarkdownGroup[] {
  return [...groups].sort((a, b) => yearRank(b.heading) - yearRank(a.heading));
}

function yearRank(heading: string | undefined): number {
  return heading === NO_YEAR ? -Infinity : Number(heading);
}

/** Venues alphabetically; arXiv-only and unpublished work last. */
function sortVenues(groups: MarkdownGroup[]): MarkdownGroup[] {
  const rank = (heading = ''): number => (heading === NO_VENUE ? 2 : heading === 'arXiv' ? 1 : 0);
  return [...groups].sort(
    (a, b) =>
      rank(a.heading) - rank(b.heading) || (a.heading ?? '').localeCompare(b.heading ?? '', 'en'),
  );
}

function venueHeading(venue: string | null, arxivId: string | null): string {
  return classifyVenue(venue)?.short ?? (arxivId ? 'arXiv' : NO_VENUE);
}

function addOnce(list: PaperDetails[], details: PaperDetails): void {
  if (!list.some((existing) => existing.paper.id === details.paper.id)) list.push(details);
}

function uniqueById(papers: PaperDetails[]): PaperDetails[] {
  const list: PaperDetails[] = [];
  for (const details of papers) addOnce(list, details);
  return list;
}
