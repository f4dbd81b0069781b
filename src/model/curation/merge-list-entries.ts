import type { Finding, SourceLocation } from '../finding';
import { at } from '../finding';
import { arxivIdYearMonth } from '../paper/arxiv-id';
import { paperKey } from '../paper/paper-key';
import type { EntryLink, PaperKind, SurveyEntry } from './survey-list';
import { SAME_WORK_SIMILARITY, titleSimilarity } from '../paper/title-similarity';

/** One work as a list presents it, after its entries (possibly several) were merged. */
export interface ListedPaper {
  key: string;
  arxivId?: string | undefined;
  doi?: string | undefined;
  title: string;
  year?: number | undefined;
  month?: number | undefined;
  venue?: string | undefined;
  dateText?: string | undefined;
  kind: PaperKind;
  links: EntryLink[];
  shortName?: string | undefined;
  /** Authors as an entry's sub-lines name them. */
  authors?: string[] | undefined;
  /** Each place the list puts the work, in reading order. */
  placements: { sectionPath: string[]; source: SourceLocation }[];
}

/** An arXiv id that two different works claimed; the loser keeps its entry but not the id. */
export interface IdConflict {
  arxivId: string;
  kept: { title: string; source: SourceLocation };
  other: { title: string; source: SourceLocation };
}

export interface MergedList {
  papers: ListedPaper[];
  conflicts: IdConflict[];
  findings: Finding[];
}

/**
 * Turns a list's entries into works: entries that share an arXiv id (or DOI, or URL) and a
 * title are one work in several places; the same id under two unrelated titles is a conflict,
 * never a silent merge. Order follows the list.
 */
export function mergeListEntries(entries: readonly SurveyEntry[]): MergedList {
  const conflicts: IdConflict[] = [];
  const resolved = entries.map((entry) => ({ ...entry }));
  for (const group of groupBy(resolved, (e) => e.arxivId).values()) {
    const clusters = clusterByTitle(group);
    if (clusters.length < 2) continue;
    const winner = pickIdOwner(clusters);
    for (const cluster of clusters.filter((c) => c !== winner)) {
      for (const entry of cluster) {
        conflicts.push(describeConflict(winner[0]!, entry));
        entry.arxivId = undefined;
      }
    }
  }
  const byKey = groupBy(resolved, (e) => keyOfEntry(e, conflicts));
  const papers = [...byKey.entries()].map(([key, group]) => mergeGroup(key!, group));
  const findings = conflicts.map((c) => ({
    where: at(c.other.source),
    code: 'conflicting-id',
    reason: `arXiv id ${c.arxivId} is given to "${c.other.title}" here and to "${c.kept.title}" at ${at(c.kept.source)}; kept for the latter, this entry is stored without it`,
  }));
  return { papers, conflicts, findings };
}

function keyOfEntry(entry: SurveyEntry, conflicts: readonly IdConflict[]): string {
  const lostId = conflicts.some((c) => c.other.source === entry.source);
  // An entry that lost its id must not be keyed by the disputed arXiv URL either.
  return lostId ? paperKey({ title: entry.title }) : paperKey(entry);
}

function clusterByTitle(entries: SurveyEntry[]): SurveyEntry[][] {
  const clusters: SurveyEntry[][] = [];
  for (const entry of entries) {
    const home = clusters.find(
      (c) => titleSimilarity(c[0]!.title, entry.title) >= SAME_WORK_SIMILARITY,
    );
    if (home) home.push(entry);
    else clusters.push([entry]);
  }
  return clusters;
}

/**
 * The id belongs to the work whose listed date lies closest to the month the id was issued
 * (a year without a month counts from mid-year); ties go to the work listed first.
 */
function pickIdOwner(clusters: SurveyEntry[][]): SurveyEntry[] {
  const distance = (cluster: SurveyEntry[]) =>
    Math.min(...cluster.map((entry) => monthsFromIssue(entry) ?? Number.POSITIVE_INFINITY));
  return clusters.reduce((best, cluster) => (distance(cluster) < distance(best) ? cluster : best));
}

function monthsFromIssue(entry: SurveyEntry): number | undefined {
  const issued = entry.arxivId ? arxivIdYearMonth(entry.arxivId) : undefined;
  if (!issued || entry.year === undefined) return undefined;
  const listed = entry.year * 12 + (entry.month ?? 6.5);
  return Math.abs(listed - (issued.year * 12 + issued.month));
}

function describeConflict(kept: SurveyEntry, other: SurveyEntry): IdConflict {
  return {
    arxivId: kept.arxivId!,
    kept: { title: kept.title, source: kept.source },
    other: { title: other.title, source: other.source },
  };
}

function mergeGroup(key: string, group: SurveyEntry[]): ListedPaper {
  const first = group[0]!;
  const dated = group.find((e) => e.year !== undefined) ?? first;
  const links = new Map<string, EntryLink>();
  for (const link of group.flatMap((e) => e.links))
    if (!links.has(link.url)) links.set(link.url, link);
  return {
    key,
    arxivId: first.arxivId,
    doi: group.find((e) => e.doi)?.doi,
    title: first.title,
    year: dated.year,
    month: dated.month,
    venue: group.find((e) => e.venue)?.venue,
    dateText: dated.dateText,
    kind: first.kind,
    links: [...links.values()],
    shortName: group.find((e) => e.shortName)?.shortName,
    authors: group.find((e) => e.authors)?.authors,
    placements: group.map((e) => ({ sectionPath: e.sectionPath, source: e.source })),
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
