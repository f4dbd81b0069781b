import type { IndexPostings } from './index-postings';

/** The indexed terms (stems, after typo tolerance) and fields a query matched in one paper. */
export interface MatchedWords {
  terms: Set<string>;
  fields: Set<string>;
}

/**
 * Where one query unit matched: papers by the index's short id (dense, below `indexSize`), with a
 * score and a coverage each, in parallel arrays. Which terms and fields matched is worked out only
 * for the papers a page shows (`explain`): a common word matches thousands of papers.
 */
export class UnitMatches {
  private member: Uint8Array | undefined;

  constructor(
    readonly ids: Int32Array,
    readonly scores: Float64Array,
    /** Share of the spelling's words the paper has: 1, or less for a partly matched phrase. */
    readonly coverages: Float64Array,
    private readonly indexSize: number,
    private readonly explainMatch: (id: number, into: MatchedWords) => void,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  has(id: number): boolean {
    if (!this.member) {
      this.member = new Uint8Array(this.indexSize);
      for (const matched of this.ids) this.member[matched] = 1;
    }
    return this.member[id] === 1;
  }

  /** Adds the terms and fields this unit matched in the paper, if it matched it. */
  explain(id: number, into: MatchedWords): void {
    if (this.has(id)) this.explainMatch(id, into);
  }

  /** The matches of the papers `keep` accepts. */
  filter(keep: (id: number) => boolean): UnitMatches {
    const positions = [...this.ids.keys()].filter((i) => keep(this.ids[i]!));
    return new UnitMatches(
      Int32Array.from(positions, (i) => this.ids[i]!),
      Float64Array.from(positions, (i) => this.scores[i]!),
      Float64Array.from(positions, (i) => this.coverages[i]!),
      this.indexSize,
      this.explainMatch,
    );
  }

  /** Several spellings' matches as one: a paper scores as its best spelling. */
  static best(all: readonly UnitMatches[], index: IndexPostings): UnitMatches {
    const score = index.borrowNumbers();
    // A match's coverage is above 0, so 0 means not seen yet.
    const coverage = index.borrowNumbers();
    const seen = new Int32Array(all.reduce((sum, matches) => sum + matches.size, 0));
    let count = 0;
    for (const matches of all) {
      const { ids, scores, coverages } = matches;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (coverage[id] === 0) seen[count++] = id;
        if (scores[i]! > score[id]!) score[id] = scores[i]!;
        if (coverages[i]! > coverage[id]!) coverage[id] = coverages[i]!;
      }
    }
    const ids = seen.slice(0, count);
    const scores = new Float64Array(count);
    const coverages = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      scores[i] = score[ids[i]!]!;
      coverages[i] = coverage[ids[i]!]!;
    }
    index.giveBack(score, ids);
    index.giveBack(coverage, ids);
    return new UnitMatches(ids, scores, coverages, index.size, (id, into) => {
      for (const matches of all) matches.explain(id, into);
    });
  }
}
