import type { SynonymTable } from '../../src/search/expand-query';
import type { PaperHit } from '../../src/search/paper-index';
import { PaperIndex } from '../../src/search/paper-index';
import type { SearchDocument } from '../../src/search/search-documents';
import { buildSearchDocuments } from '../../src/search/search-documents';
import type { Db } from '../../src/store/database';
import type { SentenceEncoder } from './sentence-encoder';
import { cosine, loadSentenceEncoder } from './sentence-encoder';

/**
 * Lexical search plus a sentence-embedding signal (issue 8, "semantic signal, if it pays"): the
 * fusions measured against the final lexical ranking on the judged queries. Bench only: the
 * signal did not pay (README, "Search quality").
 */

/** Papers the embedding alone brings in beside the lexical hits (linear fusion). */
const EMBEDDING_CANDIDATES = 20;
/** Papers of the embedding ranking that take part in reciprocal rank fusion. */
const RRF_DEPTH = 100;

/** What the encoder reads of a paper: title and abstract, or title and list sections without one. */
export function embeddingText(document: SearchDocument): string {
  return `${document.title}. ${document.abstract || document.sections}`;
}

export interface PaperVectors {
  paperIds: number[];
  vectors: Float32Array[];
  /** Wall time of encoding every paper (ingest cost, were it adopted). */
  encodeMs: number;
}

export async function embedPapers(db: Db, encoder: SentenceEncoder): Promise<PaperVectors> {
  const documents = buildSearchDocuments(db);
  const start = performance.now();
  const vectors = await encoder.embed(documents.map(embeddingText));
  return { paperIds: documents.map((d) => d.id), vectors, encodeMs: performance.now() - start };
}

/** Each paper's cosine to the query vector. */
export function cosineScores(papers: PaperVectors, query: Float32Array): Map<number, number> {
  return new Map(papers.paperIds.map((id, i) => [id, cosine(query, papers.vectors[i]!)]));
}

/** Paper ids by score, best first (ties by id, so rankings are stable). */
function byScore(scores: ReadonlyMap<number, number>): number[] {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

/** Σ 1 / (k + rank) over the lists a paper appears in; the textbook fusion, no score scales. */
export function reciprocalRankFusion(lists: readonly (readonly number[])[], k = 60): number[] {
  const scores = new Map<number, number>();
  for (const list of lists) {
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1)));
  }
  return byScore(scores);
}

/**
 * (1 − weight) × lexical score over the best lexical score, + weight × cosine, over the lexical
 * hits and the embedding's best candidates (lexical score 0).
 */
export function linearFusion(
  hits: readonly PaperHit[],
  cosines: ReadonlyMap<number, number>,
  embeddingCandidates: readonly number[],
  weight: number,
): number[] {
  const best = hits[0]?.score || 1;
  const fused = new Map(hits.map((hit) => [hit.paperId, ((1 - weight) * hit.score) / best]));
  for (const id of embeddingCandidates) if (!fused.has(id)) fused.set(id, 0);
  for (const [id, score] of fused) fused.set(id, score + weight * (cosines.get(id) ?? 0));
  return byScore(fused);
}

export type Fusion = 'cosine only' | 'rrf' | 'linear';

/** The final lexical index and every paper's vector: ranks a query whose vector is known. */
export class HybridSearch {
  private constructor(
    private readonly index: PaperIndex,
    readonly papers: PaperVectors,
    readonly encoder: SentenceEncoder,
  ) {}

  static async build(db: Db, synonyms: SynonymTable): Promise<HybridSearch> {
    const encoder = await loadSentenceEncoder();
    const papers = await embedPapers(db, encoder);
    return new HybridSearch(PaperIndex.build(db, { synonyms }), papers, encoder);
  }

  async embedQuery(query: string): Promise<Float32Array> {
    const [vector] = await this.encoder.embed([query]);
    return vector!;
  }

  /** `weight`: the cosine's share in the linear fusion. */
  rank(query: string, vector: Float32Array, fusion: Fusion, weight = 0.2): number[] {
    const cosines = cosineScores(this.papers, vector);
    const byCosine = byScore(cosines);
    if (fusion === 'cosine only') return byCosine;
    const hits = this.index.search(query);
    if (fusion === 'rrf') {
      return reciprocalRankFusion([hits.map((hit) => hit.paperId), byCosine.slice(0, RRF_DEPTH)]);
    }
    return linearFusion(hits, cosines, byCosine.slice(0, EMBEDDING_CANDIDATES), weight);
  }
}

/** The hybrid variants and timings of one database share its paper vectors (seconds to encode). */
const hybridSearches = new WeakMap<Db, Promise<HybridSearch>>();

export function sharedHybridSearch(db: Db, synonyms: SynonymTable): Promise<HybridSearch> {
  let built = hybridSearches.get(db);
  if (!built) hybridSearches.set(db, (built = HybridSearch.build(db, synonyms)));
  return built;
}
