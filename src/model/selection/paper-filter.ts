/** Which papers a query, an export or a collection selects. Every field narrows; empty means all. */
export interface PaperFilter {
  /** Pillar or group slugs (`mllm`, `visual-generation` …); a paper matches any of them. */
  pillars?: string[] | undefined;
  /** Section ids; a paper matches when listed in any of them or below them. */
  sectionIds?: number[] | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  /** Venue names, compared case-insensitively. */
  venues?: string[] | undefined;
  hasCode?: boolean | undefined;
  /** Author ids; a paper matches when any of them (or any of `authors`) wrote it. */
  authorIds?: number[] | undefined;
  /** Author names, compared by normalised name (`Meng, Fanqing` = `Fanqing Meng`); any of them. */
  authors?: string[] | undefined;
  /**
   * Algorithm slugs; a paper matches when linked to any of them or to a variant of one, at any
   * depth (`grpo` also matches Flow-GRPO and TempFlow-GRPO papers).
   */
  algorithms?: string[] | undefined;
  /** Reward-design slugs (`verifiable-reward`, `pickscore` …); any of them. */
  rewards?: string[] | undefined;
  /** Benchmark slugs (`geneval`, `libero` …); any of them. */
  benchmarks?: string[] | undefined;
  /** Paradigm slugs (`rlhf`, `dpo`, `rlvr` …); any of them. */
  paradigms?: string[] | undefined;
  /** Entity ids; a paper must be linked to every one of them (or to a variant of it). */
  entityIds?: number[] | undefined;
  /** Restrict to these paper ids (e.g. search hits). */
  paperIds?: number[] | undefined;
  /** True: only papers some list still places; false: only papers every list has dropped. */
  listed?: boolean | undefined;
}

/** True when the filter narrows nothing, i.e. would select every paper. */
export function isEmptyPaperFilter(filter: PaperFilter): boolean {
  return Object.values(filter).every(
    (value) => value === undefined || (Array.isArray(value) && value.length === 0),
  );
}

export type PaperOrder = 'NEWEST' | 'OLDEST' | 'TITLE' | 'LIST';

export const MAX_PAGE_SIZE = 100;
