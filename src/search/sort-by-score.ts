/** Bits at the bottom of a sort key that carry the item's position instead of the score's. */
const POSITION_BITS = 21;
const POSITION_MASK = (1 << POSITION_BITS) - 1;

/**
 * `ids` sorted by `compare`, which must order by `score` (highest first) and break ties its own
 * way. The keys are sorted as plain numbers (the engine's native sort, without calling back into
 * JavaScript per comparison: 2× faster for tens of thousands of hits), each key being the
 * negated score with its lowest mantissa bits replaced by the item's position; items whose keys
 * agree above those bits (scores within about 1e-9 of each other) are then put in `compare`'s
 * order. Scores must be finite and positive.
 */
export function sortByScore(
  ids: ArrayLike<number>,
  score: Float64Array,
  compare: (a: number, b: number) => number,
): Int32Array {
  const count = ids.length;
  if (count > POSITION_MASK) return Int32Array.from(ids).sort(compare);
  const keys = new Float64Array(count);
  // Little-endian words of each key: [2i] low 32 bits of the mantissa, [2i + 1] the rest.
  const words = new Uint32Array(keys.buffer);
  for (let i = 0; i < count; i++) {
    keys[i] = -score[ids[i]!]!;
    words[2 * i] = ((words[2 * i]! & ~POSITION_MASK) | i) >>> 0;
  }
  keys.sort();
  const sorted = new Int32Array(count);
  for (let i = 0; i < count; i++) sorted[i] = ids[words[2 * i]! & POSITION_MASK]!;
  const sameScore = (i: number, j: number) =>
    words[2 * i + 1] === words[2 * j + 1] &&
    (words[2 * i]! & ~POSITION_MASK) === (words[2 * j]! & ~POSITION_MASK);
  for (let start = 0, end = 1; start < count; start = end++) {
    while (end < count && sameScore(start, end)) end++;
    if (end - start > 1) sorted.subarray(start, end).sort(compare);
  }
  return sorted;
}
