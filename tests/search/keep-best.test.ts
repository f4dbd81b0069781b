import { describe, expect, it } from 'vitest';
import { keepBest } from '../../src/search/keep-best';

interface Scored {
  id: number;
  score: number;
}
const bestFirst = (a: Scored, b: Scored) => b.score - a.score || a.id - b.id;

/** Deterministic pseudo-random scores with many ties (a small linear congruential generator). */
function scoredItems(count: number, seed: number): Scored[] {
  let state = seed;
  return Array.from({ length: count }, (_, id) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return { id, score: state % 17 };
  });
}

describe('keepBest', () => {
  it('keeps what sorting everything and slicing keeps, in the same order', () => {
    for (const count of [0, 1, 2, 7, 100, 1000]) {
      const items = scoredItems(count, count + 1);
      for (const n of [0, 1, 3, count - 1, count, count + 5]) {
        if (n < 0) continue;
        expect(keepBest(items, n, bestFirst), `${n} of ${count}`).toEqual(
          [...items].sort(bestFirst).slice(0, n),
        );
      }
    }
  });

  it('leaves the items it was given in their order', () => {
    const items = scoredItems(50, 3);
    const copy = [...items];
    keepBest(items, 5, bestFirst);
    keepBest(items, 80, bestFirst);
    expect(items).toEqual(copy);
  });
});
