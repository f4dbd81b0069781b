/** One value of a facet and how many matching papers have it. */
export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

/** A value a facet can take; `order` places it among values with the same count. */
export interface FacetValue {
  value: string;
  label: string;
  order: number;
}

/** A facet's values and which papers have each, as the store reads them. */
export interface FacetSource {
  values: FacetValue[];
  /** `[paperId, index into values]`, each pair once. */
  pairs: [paperId: number, valueIndex: number][];
  /** Sorted by `order` alone (years), not by count first. */
  byOrderOnly?: boolean;
}

/**
 * One facet's values of every paper, packed by paper id, so that counting a search's hits is a
 * loop over arrays: at 100k papers a search of 37k hits asked SQL for six facets in 0.6 s, each
 * statement looking every hit up again.
 */
export class FacetTable {
  private readonly starts: Int32Array;
  private readonly valueIndexes: Int32Array;
  private readonly values: FacetValue[];
  private readonly byOrderOnly: boolean;

  constructor(source: FacetSource) {
    this.values = source.values;
    this.byOrderOnly = source.byOrderOnly ?? false;
    const maxId = source.pairs.reduce((max, [paperId]) => Math.max(max, paperId), 0);
    this.starts = new Int32Array(maxId + 2);
    this.valueIndexes = new Int32Array(source.pairs.length);
    for (const [paperId] of source.pairs) this.starts[paperId + 1]!++;
    for (let id = 1; id < this.starts.length; id++) this.starts[id]! += this.starts[id - 1]!;
    const next = this.starts.slice(0, -1);
    for (const [paperId, valueIndex] of source.pairs)
      this.valueIndexes[next[paperId]!++] = valueIndex;
  }

  /** The values the papers have, each with how many of them have it; most common first. */
  count(paperIds: Iterable<number>): FacetCount[] {
    const { starts, valueIndexes, values } = this;
    const counts = new Int32Array(values.length);
    for (const paperId of new Set(paperIds)) {
      if (paperId < 0 || paperId + 1 >= starts.length) continue;
      for (let i = starts[paperId]!; i < starts[paperId + 1]!; i++) counts[valueIndexes[i]!]!++;
    }
    const present = [...counts.keys()].filter((index) => counts[index]! > 0);
    const order = (index: number) => values[index]!.order;
    present.sort((a, b) =>
      this.byOrderOnly ? order(a) - order(b) : counts[b]! - counts[a]! || order(a) - order(b),
    );
    return present.map((index) => {
      const { value, label } = values[index]!;
      return { value, label, count: counts[index]! };
    });
  }
}
