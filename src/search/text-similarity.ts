import type { Db } from '../store/database';
import { listAllPapers } from '../store/paper.store';
import { findWords, foldTerm, isStopWord, toSearchTerm } from './search-terms';

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

type Vector = Map<string, number>;

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of findWords(text)) {
    if (isStopWord(foldTerm(word.text))) continue;
    const term = toSearchTerm(word.text);
    if (term.length > 1) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

export class TextSimilarity {
  private constructor(private readonly vectors: Map<number, Vector>) {}

  /** Vectors for every paper; built once per index, on the first `related` question. */
  static build(db: Db): TextSimilarity {
    const counts = new Map(
      listAllPapers(db).map((p) => [p.id, termCounts(`${p.title}. ${p.abstract ?? ''}`)]),
    );
    const documentFrequency = new Map<string, number>();
    for (const terms of counts.values()) {
      for (const term of terms.keys()) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    const n = counts.size;
    const vectors = new Map<number, Vector>();
    for (const [id, terms] of counts) {
      const vector: Vector = new Map();
      let norm = 0;
      for (const [term, count] of terms) {
        const weight = (1 + Math.log(count)) * Math.log((n + 1) / documentFrequency.get(term)!);
        vector.set(term, weight);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [term, weight] of vector) vector.set(term, weight / norm);
      vectors.set(id, vector);
    }
    return new TextSimilarity(vectors);
  }

  /** The papers worded most like `paperId`, at least `minCosine` alike, most alike first. */
  similarTo(paperId: number, first: number, minCosine = 0.05): SimilarPaper[] {
    const own = this.vectors.get(paperId);
    if (!own) return [];
    const similar: SimilarPaper[] = [];
    for (const [otherId, other] of this.vectors) {
      if (otherId === paperId) continue;
      let cosine = 0;
      for (const [term, weight] of own) cosine += weight * (other.get(term) ?? 0);
      if (cosine >= minCosine) similar.push({ paperId: otherId, cosine });
    }
    return similar.sort((a, b) => b.cosine - a.cosine || a.paperId - b.paperId).slice(0, first);
  }
}
