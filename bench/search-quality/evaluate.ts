import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestFiles } from '../../src/cli/ingest-command';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { CORPUS_DIR } from '../../src/service/project-paths';
import { buildSynonymTable } from '../../src/search/expand-query';
import type { Db } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';
import { findPaperIdsByRefs } from '../../src/store/paper-ref.store';
import { quietIo } from '../measure';
import type { JudgedQuery } from './judged-queries';
import type { QueryScores } from './metrics';
import { meanScores, scoreRanking } from './metrics';
import type { Ranker, RankerVariant } from './rankers';

const SHARED = resolve(import.meta.dirname, '../../../shared/data/visual-rl');
export const SHARED_METADATA = [
  join(SHARED, 'paper-metadata.jsonl'),
  join(SHARED, 'readme-citations.bib'),
];
export const hasSharedMetadata = SHARED_METADATA.every((file) => existsSync(file));

export type CorpusName = 'bundled' | 'with metadata';

/** The bundled corpus (no abstracts), plus the shared metadata for `with metadata`. */
export function buildCorpus(name: CorpusName): { db: Db; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'surveygraph-search-quality-'));
  const dbPath = join(dir, 'graph.sqlite');
  const inputs = [join(CORPUS_DIR, 'visual-rl'), ...(name === 'bundled' ? [] : SHARED_METADATA)];
  ingestFiles(inputs, { db: dbPath }, quietIo);
  const db = openDatabase(dbPath);
  return {
    db,
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The judged papers of each query as paper ids (those the corpus has). */
export function resolveJudgements(db: Db, queries: readonly JudgedQuery[]): Set<number>[] {
  return queries.map((q) => {
    const refs = q.relevant.map((id) =>
      /^\d{4}\.\d{4,5}$/.test(id) ? { arxivId: id } : { key: id },
    );
    return new Set(findPaperIdsByRefs(db, refs).filter((id): id is number => id !== undefined));
  });
}

export interface VariantResult {
  name: string;
  mean: QueryScores;
  perQuery: QueryScores[];
}

export async function evaluateRanker(
  ranker: Ranker,
  queries: readonly JudgedQuery[],
  relevant: readonly Set<number>[],
): Promise<{ mean: QueryScores; perQuery: QueryScores[] }> {
  const perQuery: QueryScores[] = [];
  for (const [i, q] of queries.entries()) {
    perQuery.push(scoreRanking(await ranker(q.query), relevant[i]!));
  }
  return { mean: meanScores(perQuery), perQuery };
}

export async function evaluateVariants(
  db: Db,
  variants: readonly RankerVariant[],
  queries: readonly JudgedQuery[],
): Promise<VariantResult[]> {
  const synonyms = buildSynonymTable(loadSearchVocabulary());
  const relevant = resolveJudgements(db, queries);
  const results: VariantResult[] = [];
  for (const variant of variants) {
    const ranker = await variant.build(db, synonyms);
    results.push({ name: variant.name, ...(await evaluateRanker(ranker, queries, relevant)) });
  }
  return results;
}
