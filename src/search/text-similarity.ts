import type { PaperText } from '../store/paper.store';
import { keepBest } from './keep-best';
import type { CountedTerms, TermVectors } from './term-vectors';
import { TermCounter, weighTerms } from './term-vectors';

/**
 * How alike two papers are worded: cosine of their TF-IDF vectors over title and abstract
 * (stemmed, function words dropped; log term frequency). Cheap, and a reason people understand
 * ("similar wording"), unlike an opaque embedding.
 */
export interface SimilarPaper {
  paperId: number;
  /** 0 (no word in common) to 1 (the same words in the same proportions). */
  cosine: number;
}

/** Which papers have each term, with the term's weight in each: `at[t]` to `at[t + 1]`. */
interface Postings {
  at: Int32Array;
  documents: Int32Array;
  weights: Float64Array;
}

export class TextSimilarity {
  /** Cosine so far per document while one paper is compared; zero between questions. */
  private readonly scores: Float64Array;

  private constructor(
    /** Each paper's terms (their weights are kept once, in the postings). */
    private readonly vectors: Pick<TermVectors, 'paperIds' | 'start' | 'terms'>,
    private readonly postings: Postings,
  ) {
    this.scores = new Float64Array(vectors.paperIds.length);
  }

  /** The model of these papers, read in ascending id order. */
  static fromTexts(papers: Iterable<PaperText>): TextSimilarity {
    const counter = new TermCounter();
    for (const paper of papers) counter.add(paper);
    return TextSimilarity.fromCounts(counter.finish());
  }

  /** The model of papers whose terms were counted (see `TextSimilarityBuild` for a database's). */
  static fromCounts(counted: CountedTerms): TextSimilarity {
    const vectors = weighTerms(counted);
    const { paperIds, start, terms } = vectors;
    return new TextSimilarity({ paperIds, start, terms }, invertVectors(vectors));
  }

  /**
   * The papers worded most like `paperId`, at least `minCosine` alike, most alike first; never
   * those with no term in common. Only papers sharing a term with it are visited, through the
   * postings of its own terms.
   */
  similarTo(paperId: number, first: number, minCosine = 0.05): SimilarPaper[] {
    const { paperIds, start, terms } = this.vectors;
    const own = findAscending(paperIds, paperId, 0, paperIds.length);
    if (own < 0) return [];
    const { at, documents, weights } = this.postings;
    const scores = this.scores;
    const touched: number[] = [];
    // Summed in the order of the paper's own terms, as a term-by-term dot product would.
    for (let k = start[own]!; k < start[own + 1]!; k++) {
      const term = terms[k]!;
      const weight = weights[findAscending(documents, own, at[term]!, at[term + 1]!)]!;
      for (let p = at[term]!; p < at[term + 1]!; p++) {
        const d = documents[p]!;
        if (scores[d] === 0) touched.push(d);
        scores[d]! += weight * weights[p]!;
      }
    }
    const similar: SimilarPaper[] = [];
    for (const d of touched) {
      const cosine = scores[d]!;
      scores[d] = 0;
      // cosine > 0: a paper is touched once, even if a product were ever to round to zero.
      if (d !== own && cosine > 0 && cosine >= minCosine) {
        similar.push({ paperId: paperIds[d]!, cosine });
      }
    }
    return keepBest(similar, first, mostAlikeFirst);
  }
}

const mostAlikeFirst = (a: SimilarPaper, b: SimilarPaper) =>
  b.cosine - a.cosine || a.paperId - b.paperId;

/** The term-major copy of the vectors (a counting sort by term; documents stay ascending). */
function invertVectors({ start, terms, weights, termCount, documentFrequency }: TermVectors) {
  const at = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) at[t + 1] = at[t]! + documentFrequency[t]!;
  const next = at.slice(0, termCount);
  const documents = new Int32Array(terms.length);
  const postingWeights = new Float64Array(terms.length);
  for (let d = 0; d + 1 < start.length; d++) {
    for (let k = start[d]!; k < start[d + 1]!; k++) {
      const p = next[terms[k]!]!++;
      documents[p] = d;
      postingWeights[p] = weights[k]!;
    }
  }
  return { at, documents, weights: postingWeights };
}

/** Where `value` is in the ascending `values[from..to)`, or -1. */
function findAscending(values: Int32Array, value: number, from: number, to: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const id = values[middle]!;
    if (id === value) return middle;
    if (id < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
