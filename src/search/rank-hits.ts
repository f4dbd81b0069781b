import type { UnitMatch, UnitMatches } from './query-tree';

/**
 * Ranking that degrades gracefully: papers with every word of the query come first, then papers
 * with most of them, so adding abstracts (more words per paper) can only add candidates, never
 * shrink a result to the one paper whose abstract happens to hold every word.
 */

/** One query unit's matches, and whether it counts towards "every word". */
export interface RankedUnit {
  matches: UnitMatches;
  /** Function words (with, of …) add to the score but never decide coverage. */
  counts: boolean;
  /** Phrases and field clauses: a paper without a match is no hit at all. */
  required: boolean;
}

export interface RankedHit {
  paperId: number;
  score: number;
  /** Counted units the paper matched (a partly matched phrase counts in part). */
  matched: number;
  /** True when it matched every counted unit. */
  matchedAll: boolean;
  terms: string[];
  fields: string[];
}

/**
 * Partial matches kept after the full ones, best first: a fixed number, not "up to 50 hits",
 * so a paper that abstracts turn into one of many full matches does not push partial ones out.
 */
export const PARTIAL_MATCHES_KEPT = 50;
/** Score weight of a function word. */
const STOP_WORD_WEIGHT = 0.2;

export type RankingMode = 'tiered' | 'coordination' | 'weighted';

/**
 * - `weighted` (the default): BM25 × (share of the query matched)², each unit weighing its IDF,
 *   so missing a rare word ("math") costs much and missing a common one ("use") little;
 * - `coordination`: the same with every unit weighing alike;
 * - `tiered`: more units matched always wins, BM25 breaks ties (AND, then OR to fill up).
 * The bench compares them on the judged queries; `weighted` measured best on both corpora.
 */
export function rankHits(
  units: readonly RankedUnit[],
  mode: RankingMode = 'weighted',
  documentCount = 1,
): RankedHit[] {
  const counted = units.filter((unit) => unit.counts).length;
  const weights = units.map((unit) =>
    unit.counts ? Math.log(1 + documentCount / Math.max(1, unit.matches.size)) : 0,
  );
  const totalWeight = weights.reduce((sum, w) => sum + w, 0) || 1;
  const hits = new Map<number, ScoredHit>();
  const allowed = requiredMatches(units);
  for (const [u, unit] of units.entries()) {
    for (const [paperId, match] of unit.matches) {
      if (allowed && !allowed.has(paperId)) continue;
      let hit = hits.get(paperId);
      if (!hit) {
        hit = { paperId, score: 0, matched: 0, share: 0, matchedAll: false, parts: [] };
        hits.set(paperId, hit);
      }
      hit.score += unit.counts ? match.score : match.score * STOP_WORD_WEIGHT;
      if (unit.counts) hit.matched += match.coverage;
      hit.share += (weights[u]! * match.coverage) / totalWeight;
      hit.parts.push(match);
    }
  }
  const all = [...hits.values()];
  for (const hit of all) hit.matchedAll = hit.matched >= counted - 1e-9;
  if (mode === 'weighted') {
    for (const hit of all) hit.score *= hit.share ** 2;
    all.sort((a, b) => b.score - a.score || a.paperId - b.paperId);
  } else if (mode === 'coordination') {
    for (const hit of all) hit.score *= counted ? (hit.matched / counted) ** 2 : 1;
    all.sort((a, b) => b.score - a.score || a.paperId - b.paperId);
  } else {
    all.sort((a, b) => b.matched - a.matched || b.score - a.score || a.paperId - b.paperId);
  }
  return capPartialMatches(all).map(toRankedHit);
}

/** A hit while it is scored: the unit matches it is made of, merged only for the hits kept. */
interface ScoredHit {
  paperId: number;
  score: number;
  matched: number;
  /** IDF-weighted share of the query the paper has. */
  share: number;
  matchedAll: boolean;
  parts: UnitMatch[];
}

/**
 * Terms and fields are merged on first read: a common word matches thousands of papers, and only
 * the page shown reads them (highlights), so merging them for every hit was most of a search.
 */
function toRankedHit({ paperId, score, matched, matchedAll, parts }: ScoredHit): RankedHit {
  let terms: string[] | undefined;
  let fields: string[] | undefined;
  return {
    paperId,
    score,
    matched,
    matchedAll,
    get terms() {
      return (terms ??= unique(parts.flatMap((part) => part.terms)));
    },
    get fields() {
      return (fields ??= unique(parts.flatMap((part) => part.fields)));
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Papers that match every required unit; undefined when none is required. */
function requiredMatches(units: readonly RankedUnit[]): Set<number> | undefined {
  const required = units.filter((unit) => unit.required);
  if (required.length === 0) return undefined;
  const [first, ...rest] = required;
  return new Set([...first!.matches.keys()].filter((id) => rest.every((u) => u.matches.has(id))));
}

/** Every full match, and the best `PARTIAL_MATCHES_KEPT` partial ones (a counted unit or more). */
function capPartialMatches<T extends { matchedAll: boolean; matched: number }>(hits: T[]): T[] {
  let partial = 0;
  return hits.filter((hit) => {
    if (hit.matchedAll) return true;
    if (hit.matched <= 0 || partial >= PARTIAL_MATCHES_KEPT) return false;
    partial++;
    return true;
  });
}
