import type { IndexPostings } from './index-postings';
import { keepBest } from './keep-best';
import { sortByScore } from './sort-by-score';
import type { MatchedWords, UnitMatches } from './unit-matches';

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
  mode: RankingMode,
  index: IndexPostings,
): SearchHit[] {
  const counted = units.filter((unit) => unit.counts).length;
  const weights = units.map((unit) =>
    unit.counts ? Math.log(1 + index.documentCount / Math.max(1, unit.matches.size)) : 0,
  );
  const totalWeight = weights.reduce((sum, w) => sum + w, 0) || 1;
  const required = units.filter((unit) => unit.required);
  const scored = new ScoredHits(index, units);
  for (const [u, unit] of units.entries()) {
    const { ids, scores, coverages } = unit.matches;
    const scoreWeight = unit.counts ? 1 : STOP_WORD_WEIGHT;
    const matchedWeight = unit.counts ? 1 : 0;
    const shareWeight = weights[u]! / totalWeight;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (required.length > 0 && !required.every((r) => r.matches.has(id))) continue;
      scored.add(
        id,
        scores[i]! * scoreWeight,
        coverages[i]! * matchedWeight,
        coverages[i]! * shareWeight,
      );
    }
  }
  return scored.rank(mode, counted);
}

/** Per-paper sums over the units, in arrays as long as the index (borrowed from it). */
class ScoredHits {
  private readonly score: Float64Array;
  /** Counted units the paper matched (a partly matched phrase counts in part). */
  private readonly matched: Float64Array;
  /** IDF-weighted share of the query the paper has. */
  private readonly share: Float64Array;
  /** The papers scored (a score is above 0), `count` of them. */
  private readonly ids: Int32Array;
  private count = 0;

  constructor(
    private readonly index: IndexPostings,
    private readonly units: readonly RankedUnit[],
  ) {
    this.score = index.borrowNumbers();
    this.matched = index.borrowNumbers();
    this.share = index.borrowNumbers();
    this.ids = new Int32Array(units.reduce((sum, unit) => sum + unit.matches.size, 0));
  }

  add(id: number, score: number, matched: number, share: number): void {
    if (this.score[id] === 0) this.ids[this.count++] = id;
    this.score[id]! += score;
    this.matched[id]! += matched;
    this.share[id]! += share;
  }

  /**
   * Papers best first: every full match and the best `PARTIAL_MATCHES_KEPT` partial ones (a
   * counted unit or more). Only those are sorted: a common word makes most papers partial ones.
   */
  rank(mode: RankingMode, counted: number): SearchHit[] {
    const { score, matched, share, index } = this;
    const ids = this.ids.subarray(0, this.count);
    if (mode === 'weighted') for (const id of ids) score[id]! *= share[id]! ** 2;
    if (mode === 'coordination' && counted) {
      for (const id of ids) score[id]! *= (matched[id]! / counted) ** 2;
    }
    const byPaperId = (a: number, b: number) => index.paperIdOf(a) - index.paperIdOf(b);
    const compare =
      mode === 'tiered'
        ? (a: number, b: number) =>
            matched[b]! - matched[a]! || score[b]! - score[a]! || byPaperId(a, b)
        : (a: number, b: number) => score[b]! - score[a]! || byPaperId(a, b);
    const full: number[] = [];
    const partial: number[] = [];
    for (const id of ids) {
      if (matched[id]! >= counted - 1e-9) full.push(id);
      else if (matched[id]! > 0) partial.push(id);
    }
    // Partial matches can outrank full ones: the kept ones are sorted with them.
    const kept = [...full, ...keepBest(partial, PARTIAL_MATCHES_KEPT, compare)];
    const ranked =
      mode === 'tiered' ? Int32Array.from(kept).sort(compare) : sortByScore(kept, score, compare);
    const hits = Array.from(ranked, (id) => {
      const matchedAll = matched[id]! >= counted - 1e-9;
      return new SearchHit(index.paperIdOf(id), score[id]!, matchedAll, id, this.units);
    });
    for (const numbers of [score, matched, share]) index.giveBack(numbers, ids);
    return hits;
  }
}

/**
 * A ranked paper. Its matched terms and fields are worked out on first read: a common word
 * matches thousands of papers, and only the page shown reads them (highlights).
 */
class SearchHit {
  // Private fields (#): a hit compares and prints as its paper, score and matchedAll only.
  #words: { terms: string[]; fields: string[] } | undefined;
  readonly #id: number;
  readonly #units: readonly RankedUnit[];

  constructor(
    readonly paperId: number,
    readonly score: number,
    readonly matchedAll: boolean,
    id: number,
    units: readonly RankedUnit[],
  ) {
    this.#id = id;
    this.#units = units;
  }

  get terms(): string[] {
    return this.#matchedWords().terms;
  }

  get fields(): string[] {
    return this.#matchedWords().fields;
  }

  #matchedWords(): { terms: string[]; fields: string[] } {
    if (!this.#words) {
      const into: MatchedWords = { terms: new Set(), fields: new Set() };
      for (const unit of this.#units) unit.matches.explain(this.#id, into);
      this.#words = { terms: [...into.terms], fields: [...into.fields] };
    }
    return this.#words;
  }
}
