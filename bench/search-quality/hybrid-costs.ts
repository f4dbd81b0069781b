import type { SynonymTable } from '../../src/search/expand-query';
import type { Db } from '../../src/store/database';
import { percentile, summarise } from '../measure';
import { sharedHybridSearch } from './hybrid-ranking';
import type { JudgedQuery } from './judged-queries';

/**
 * What the sentence-embedding signal costs on this corpus: model load, encoding every paper (an
 * ingest cost), encoding each query, and the fused ranking once the query's vector is known.
 */
export async function printHybridCosts(
  db: Db,
  synonyms: SynonymTable,
  queries: readonly JudgedQuery[],
  rounds = 20,
): Promise<void> {
  const search = await sharedHybridSearch(db, synonyms);
  const { encoder, papers } = search;
  const vectors: Float32Array[] = [];
  const encodeTimes: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    vectors.push(await search.embedQuery(q.query));
    encodeTimes.push(performance.now() - start);
  }
  const rankTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const [i, q] of queries.entries()) {
      const start = performance.now();
      search.rank(q.query, vectors[i]!, 'linear');
      if (round > 0) rankTimes.push(performance.now() - start);
    }
  }
  const perPaper = papers.encodeMs / Math.max(1, papers.paperIds.length);
  console.log(
    `  sentence encoder: model load ${encoder.loadMs.toFixed(0)} ms (+${encoder.loadRssMb.toFixed(0)} MB RSS); ${papers.paperIds.length} papers encoded in ${(papers.encodeMs / 1000).toFixed(1)} s (${perPaper.toFixed(0)} ms/paper, 10k ≈ ${((perPaper * 10) / 60).toFixed(0)} min)`,
  );
  console.log(`  query encoding:         ${summarise(encodeTimes)}`);
  console.log(`  search, hybrid (vector known): ${summarise(rankTimes)}`);
  console.log(
    `  → a hybrid search costs a query encoding (median ${percentile(encodeTimes, 50).toFixed(1)} ms) on top of the fused ranking`,
  );
}
