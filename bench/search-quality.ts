// Search quality and speed for `npm run bench`: every ranking variant on our judged queries, over
// the bundled corpus (no abstracts) and with the shared metadata ingested, side by side; then the
// old and final ranking on the held-out queries.
import { loadSearchVocabulary } from '../src/service/ontology-files';
import type { SynonymTable } from '../src/search/expand-query';
import { buildSynonymTable } from '../src/search/expand-query';
import { PaperIndex } from '../src/search/paper-index';
import type { Db } from '../src/store/database';
import { LegacyPaperIndex } from './search-quality/legacy/paper-index';
import type { CorpusName } from './search-quality/evaluate';
import { buildCorpus, evaluateVariants, hasSharedMetadata } from './search-quality/evaluate';
import type { VariantResult } from './search-quality/evaluate';
import { printHybridCosts } from './search-quality/hybrid-costs';
import type { JudgedQuery } from './search-quality/judged-queries';
import { HELD_OUT_QUERIES_FILE, loadJudgedQueries } from './search-quality/judged-queries';
import { RANKER_VARIANTS } from './search-quality/rankers';
import { percentile, summarise } from './measure';

const VARIANT_WIDTH = 40;
const f3 = (value: number) => value.toFixed(3);

async function printQuality(
  db: Db,
  queries: readonly JudgedQuery[],
  variants = RANKER_VARIANTS,
): Promise<VariantResult[]> {
  const results = await evaluateVariants(db, variants, queries);
  console.log(`  ${'variant'.padEnd(VARIANT_WIDTH)} recall@10  nDCG@10  MRR`);
  for (const result of results) {
    const { recall, ndcg, mrr } = result.mean;
    console.log(
      `  ${result.name.padEnd(VARIANT_WIDTH)} ${f3(recall).padEnd(10)} ${f3(ndcg).padEnd(8)} ${f3(mrr)}`,
    );
  }
  return results;
}

/** The held-out queries (tests/search/judged/held-out-queries.yaml), old and final ranking. */
async function printHeldOut(db: Db): Promise<void> {
  const heldOut = loadJudgedQueries(HELD_OUT_QUERIES_FILE);
  console.log(`  held-out set (${heldOut.length} queries):`);
  const lexical = RANKER_VARIANTS.filter((v) => /^(before|final)/.test(v.name));
  await printQuality(db, heldOut, lexical);
}

/** The queries whose recall@10 a hybrid variant moves, against the final lexical ranking. */
function printRecallChanges(results: readonly VariantResult[], queries: readonly JudgedQuery[]) {
  const final = results.find((result) => result.name.startsWith('final'))!;
  for (const result of results.filter((r) => r.name.startsWith('hybrid'))) {
    const changes = queries.flatMap((q, i) => {
      const delta = result.perQuery[i]!.recall - final.perQuery[i]!.recall;
      return Math.abs(delta) < 1e-9
        ? []
        : [`${delta > 0 ? '+' : ''}${delta.toFixed(2)} ${q.query}`];
    });
    console.log(`  ${result.name} vs final, recall@10: ${changes.join('; ') || 'no change'}`);
  }
}

/** Every judged query, `rounds` times, one search at a time: today's ranking against the old one. */
function printLatency(
  db: Db,
  synonyms: SynonymTable,
  queries: readonly JudgedQuery[],
  rounds = 20,
): void {
  const final = PaperIndex.build(db, { synonyms });
  const before = LegacyPaperIndex.build(db, { synonyms });
  const time = (search: (query: string) => unknown) => {
    for (const q of queries) search(q.query);
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const start = performance.now();
        search(q.query);
        times.push(performance.now() - start);
      }
    }
    return times;
  };
  const finalTimes = time((query) => final.search(query));
  const beforeTimes = time((query) => before.search(query));
  const hits = queries.map((q) => final.search(q.query).length);
  console.log(`  search, final ranking:  ${summarise(finalTimes)}`);
  console.log(`  search, before:         ${summarise(beforeTimes)}`);
  console.log(
    `  → final costs ${(percentile(finalTimes, 50) / percentile(beforeTimes, 50)).toFixed(2)}× the old search (median); hits per query: median ${percentile(hits, 50)}, max ${Math.max(...hits)}`,
  );
}

export async function benchSearchQuality(): Promise<void> {
  const queries = loadJudgedQueries();
  const synonyms = buildSynonymTable(loadSearchVocabulary());
  const corpora: CorpusName[] = hasSharedMetadata ? ['bundled', 'with metadata'] : ['bundled'];
  console.log(`\nsearch quality: ${queries.length} judged queries (tests/search/judged/)`);
  if (!hasSharedMetadata) console.log('(../shared absent: "with metadata" skipped)');
  for (const name of corpora) {
    const corpus = buildCorpus(name);
    try {
      console.log(`${name}:`);
      printRecallChanges(await printQuality(corpus.db, queries), queries);
      await printHeldOut(corpus.db);
      printLatency(corpus.db, synonyms, queries);
      await printHybridCosts(corpus.db, synonyms, queries);
    } finally {
      corpus.dispose();
    }
  }
}
