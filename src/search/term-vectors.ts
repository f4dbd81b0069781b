import type { PaperText } from '../store/paper.store';
import { foldTerm, isStopWord, listWordsOf, toSearchTerm } from './search-terms';

/**
 * Every paper's TF-IDF vector over title and abstract (stemmed, function words dropped; log
 * term frequency; unit length), packed in typed arrays: paper `d`'s terms and weights are at
 * `start[d]` to `start[d + 1]`, in the order the words first occur in its text. Terms are
 * numbered, so no string or Map is kept per paper: at 100k papers a Map per paper took seconds
 * to build and hundreds of MB to hold.
 */
export interface TermVectors {
  /** Paper ids in ascending order; a paper's place here is its document number `d`. */
  paperIds: Int32Array;
  start: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  /** How many distinct terms the corpus has (term numbers are 0 to termCount - 1). */
  termCount: number;
  /** How many papers each term is in. */
  documentFrequency: Int32Array;
}

/** Marks a word that is no term: no letters, a function word, or one letter. */
const NO_TERM = -1;

/** TF-IDF weights from the counts, each paper's vector scaled to unit length. */
export function weighTerms(counted: CountedTerms): TermVectors {
  const documentFrequency = new Int32Array(counted.termCount);
  for (const term of counted.terms) documentFrequency[term]!++;
  const n = counted.paperIds.length;
  const inverseFrequency = Float64Array.from(documentFrequency, (df) => Math.log((n + 1) / df));
  const weights = new Float64Array(counted.terms.length);
  for (let d = 0; d < n; d++) {
    const from = counted.start[d]!;
    const to = counted.start[d + 1]!;
    let norm = 0;
    for (let k = from; k < to; k++) {
      const weight = (1 + Math.log(counted.counts[k]!)) * inverseFrequency[counted.terms[k]!]!;
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = from; k < to; k++) weights[k]! /= norm;
  }
  const { paperIds, start, terms, termCount } = counted;
  return { paperIds, start, terms, weights, termCount, documentFrequency };
}

export interface CountedTerms {
  paperIds: Int32Array;
  start: Int32Array;
  terms: Int32Array;
  counts: Int32Array;
  termCount: number;
}

/**
 * Each paper's distinct terms, in order of first occurrence, with how often each occurs; papers
 * are added one at a time, so a build can be spread over several turns of the event loop.
 */
export class TermCounter {
  private readonly termOfWord = numberTerms();
  private readonly paperIds: number[] = [];
  private readonly start: number[] = [0];
  private readonly terms = new GrowingInts();
  private readonly counts = new GrowingInts();
  // Where each term sits in `terms` for the paper being read; valid when seenIn[term] is it.
  private readonly slot = new GrowingInts();
  private seenIn: Int32Array = new Int32Array(1024).fill(-1);

  /** Counts one more paper's words; papers must come in ascending id order. */
  add(paper: PaperText): void {
    const { paperIds } = this;
    if (paper.id <= (paperIds[paperIds.length - 1] ?? -Infinity)) {
      throw new Error(`papers must come in ascending id order (${paper.id} came late)`);
    }
    paperIds.push(paper.id);
    this.countWords(listWordsOf(paper.title), paperIds.length - 1);
    // The title and abstract were one text joined by ". ", which splits words the same way.
    if (paper.abstract) this.countWords(listWordsOf(paper.abstract), paperIds.length - 1);
    this.start.push(this.terms.length);
  }

  finish(): CountedTerms {
    return {
      paperIds: Int32Array.from(this.paperIds),
      start: Int32Array.from(this.start),
      terms: this.terms.toArray(),
      counts: this.counts.toArray(),
      termCount: this.termOfWord.termCount(),
    };
  }

  private countWords(words: string[], d: number): void {
    const { termOfWord, slot, terms, counts } = this;
    for (const word of words) {
      const term = termOfWord.get(word);
      if (term === NO_TERM) continue;
      if (term >= this.seenIn.length) this.seenIn = grow(this.seenIn, -1);
      if (this.seenIn[term] === d) {
        counts.values[slot.values[term]!]!++;
      } else {
        this.seenIn[term] = d;
        slot.set(term, terms.length);
        terms.push(term);
        counts.push(1);
      }
    }
  }
}

/** Numbers terms as they are first met; each distinct word is folded and stemmed once. */
function numberTerms(): { get(word: string): number; termCount(): number } {
  const termOfWord = new Map<string, number>();
  const numberOfTerm = new Map<string, number>();
  return {
    get(word) {
      let number = termOfWord.get(word);
      if (number === undefined) {
        const folded = foldTerm(word);
        const term = folded === '' || isStopWord(folded) ? '' : toSearchTerm(word);
        if (term.length > 1) {
          number = numberOfTerm.get(term) ?? numberOfTerm.size;
          numberOfTerm.set(term, number);
        } else number = NO_TERM;
        termOfWord.set(word, number);
      }
      return number;
    },
    termCount: () => numberOfTerm.size,
  };
}

function grow(array: Int32Array, fill: number): Int32Array {
  const bigger = new Int32Array(array.length * 2).fill(fill);
  bigger.set(array);
  return bigger;
}

/** An Int32Array that grows as values are added (a JS array of millions of numbers is 2× the memory). */
class GrowingInts {
  values: Int32Array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, 0);
    this.values[this.length++] = value;
  }

  set(at: number, value: number): void {
    while (at >= this.values.length) this.values = grow(this.values, 0);
    this.values[at] = value;
  }

  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}
