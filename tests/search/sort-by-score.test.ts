import { describe, expect, it } from 'vitest';
import { sortByScore } from '../../src/search/sort-by-score';

/** Scores with exact ties and near-ties (within 1e-12), ids in no order. */
function hits(count: number, seed: number) {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const score = new Float64Array(count * 3);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = (i * 7919) % (count * 3);
    ids.push(id);
    const base = Math.round(random() * 20) * 0.731;
    score[id] = random() < 0.3 ? base : base + random() * 1e-12 * base + random() * 3;
  }
  return { ids, score };
}

describe('sortByScore', () => {
  it.each([1, 2, 17, 5_000])('orders %i hits exactly as the comparator does', (count) => {
    const { ids, score } = hits(count, count);
    const paperId = (id: number) => 1_000_000 - id;
    const compare = (a: number, b: number) => score[b]! - score[a]! || paperId(a) - paperId(b);
    expect([...sortByScore(ids, score, compare)]).toEqual([...ids].sort(compare));
  });

  it('returns nothing for no hits', () => {
    expect(sortByScore([], new Float64Array(4), () => 0)).toHaveLength(0);
  });
});
