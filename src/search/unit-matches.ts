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
  static best(all: readonly UnitMatches[], indexSize: number): UnitMatches {
    const score = new Float64Array(indexSize);
    const coverage = new Float64Array(indexSize);
    const seen = new Uint8Array(indexSize);
    const ids: number[] = [];
    for (const matches of all) {
      matches.ids.forEach((id, i) => {
        if (!seen[id]) {
          seen[id] = 1;
          ids.push(id);
        }
        score[id] = Math.max(score[id]!, matches.scores[i]!);
        coverage[id] = Math.max(coverage[id]!, matches.coverages[i]!);
      });
    }
    return new UnitMatches(
      Int32Array.from(ids),
      Float64Array.from(ids, (id) => score[id]!),
      Float64Array.from(ids, (id) => coverage[id]!),
      indexSize,
      (id, into) => {
        for (const matches of all) matches.explain(id, into);
      },
    );
  }
}
