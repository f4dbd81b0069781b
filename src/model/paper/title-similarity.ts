import { normaliseTitle } from './title-key';

/**
 * How alike two titles are, 0…1: the share of words they have in common (Jaccard), or 1 when
 * one normalised title contains the other (a list that drops a subtitle or a name prefix).
 */
export function titleSimilarity(a: string, b: string): number {
  const left = normaliseTitle(a);
  const right = normaliseTitle(b);
  if (!left || !right) return left === right ? 1 : 0;
  if (left.includes(right) || right.includes(left)) return 1;
  const wordsA = new Set(left.split(' '));
  const wordsB = new Set(right.split(' '));
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared / (wordsA.size + wordsB.size - shared);
}

/** Titles this alike are the same work written two ways; below it they are two works. */
export const SAME_WORK_SIMILARITY = 0.6;
