/** How text becomes search terms; the index and query expansion must agree on it. */

/** Minisearch's default word boundary: whitespace and punctuation (hyphens included). */
const WORD_BOUNDARY = /[\n\r\p{Z}\p{P}]+/u;
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Folds accents and case so "Araújo" finds "Araujo" and "GRPO" finds "grpo". */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of `text` as written (`Flow-GRPO` → `Flow`, `GRPO`), empty ones dropped. */
export function splitWords(text: string): string[] {
  return text.split(WORD_BOUNDARY).filter((word) => foldTerm(word) !== '');
}

/** The words of `text` with where each one is (end exclusive), empty ones dropped. */
export function findWords(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)]
    .map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }))
    .filter((word) => foldTerm(word.text) !== '');
}
