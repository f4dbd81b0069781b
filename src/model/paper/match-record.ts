import type { PaperRecord } from './paper-record';
import { normaliseTitle } from './title-key';
import { SAME_WORK_SIMILARITY, titleSimilarity } from './title-similarity';

export interface TitledPaper {
  id: number;
  title: string;
  year: number | null;
}

/** Titles at least this long (in words) are distinctive enough to match across years. */
const DISTINCTIVE_WORDS = 5;

/**
 * The paper a record names by title, or undefined when none or several match, so an ambiguous
 * title never merges two works. First the same normalised title (for short titles also the same
 * year ±1, since preprints and proceedings straddle new year; a long title may match a journal
 * version years later); then a title that contains the other ("CoWorld: Making Offline RL …" vs
 * "Making Offline RL …"), when the shorter one is distinctive.
 */
export function matchRecordByTitle(
  record: Pick<PaperRecord, 'title' | 'year'>,
  papers: readonly TitledPaper[],
): number | undefined {
  if (!record.title) return undefined;
  const key = normaliseTitle(record.title);
  const words = key.split(' ').length;
  if (words < 2) return undefined;
  const yearFits = (p: TitledPaper) =>
    words >= DISTINCTIVE_WORDS ||
    record.year === undefined ||
    p.year === null ||
    Math.abs(p.year - record.year) <= 1;
  const index = titleIndexOf(papers);
  const exact = (index.byKey.get(key) ?? []).filter(yearFits);
  if (exact.length > 0) return exact.length === 1 ? exact[0]!.id : undefined;
  const byName = matchByWorkName(record.title, papers.filter(yearFits));
  if (byName !== undefined) return byName;
  if (words < DISTINCTIVE_WORDS + 1) return undefined;
  const containing = index.distinctive.filter(
    ({ key: other }) => other.includes(key) || key.includes(other),
  );
  return containing.length === 1 ? containing[0]!.paper.id : undefined;
}

interface TitleIndex {
  indexed: number;
  byKey: Map<string, TitledPaper[]>;
  /** Papers whose title is long enough to be matched by containment. */
  distinctive: { key: string; paper: TitledPaper }[];
}

const TITLE_INDEXES = new WeakMap<readonly TitledPaper[], TitleIndex>();

/**
 * Normalised titles of `papers`, computed once per paper: an ingest matches every record against
 * the whole graph, and normalising 10k titles per record made that quadratic. The pipeline only
 * appends to the list, so papers added since the last call are indexed on the next one.
 */
function titleIndexOf(papers: readonly TitledPaper[]): TitleIndex {
  let index = TITLE_INDEXES.get(papers);
  if (!index || index.indexed > papers.length) {
    index = { indexed: 0, byKey: new Map(), distinctive: [] };
    TITLE_INDEXES.set(papers, index);
  }
  for (; index.indexed < papers.length; index.indexed++) {
    const paper = papers[index.indexed]!;
    const key = normaliseTitle(paper.title);
    const same = index.byKey.get(key);
    if (same) same.push(paper);
    else index.byKey.set(key, [paper]);
    if (key.split(' ').length > DISTINCTIVE_WORDS) index.distinctive.push({ key, paper });
  }
  return index;
}

/** `MM-EUREKA: …`, `DreamReward: …`, `UI-R1: …`: a coined name (inner capital, digit or hyphen). */
const WORK_NAME = /^\s*([\p{L}\p{N}][\p{L}\p{N}.+-]{2,30})\s*:/u;

function workName(title: string): string | undefined {
  const name = WORK_NAME.exec(title)?.[1];
  if (!name || !/[\p{N}-]|.\p{Lu}/u.test(name)) return undefined;
  return name.toLowerCase();
}

/**
 * A version rename keeps the coined name before the colon ("MM-EUREKA: Exploring Visual Aha
 * Moment …" became "MM-EUREKA: Exploring the Frontiers …"): the one paper with that name, if
 * exactly one has it.
 */
function matchByWorkName(title: string, papers: readonly TitledPaper[]): number | undefined {
  const name = workName(title);
  if (!name) return undefined;
  const named = papers.filter((p) => workName(p.title) === name);
  return named.length === 1 ? named[0]!.id : undefined;
}

/**
 * Whether a record's title can be the paper's that a hint (a comment's arXiv id) points at: no
 * title to compare, titles alike, or the same name before the colon in any case ("Dreamreward: …"
 * and "DreamReward: …", a version rename that kept its name).
 */
export function titleFitsHint(recordTitle: string | undefined, paperTitle: string): boolean {
  if (!recordTitle) return true;
  if (titleSimilarity(recordTitle, paperTitle) >= SAME_WORK_SIMILARITY) return true;
  const name = (title: string) => /^\s*([^:]{2,40}?)\s*:/.exec(title)?.[1]?.toLowerCase();
  const mine = name(recordTitle);
  return mine !== undefined && mine === name(paperTitle);
}
