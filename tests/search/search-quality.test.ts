/**
 * Search quality on our judged queries (tests/search/judged/judged-queries.yaml): the final
 * ranking must stay above the floors the README states, on the bundled corpus (no abstracts)
 * and, when ../shared is beside the checkout, with the shared metadata ingested; so must the
 * held-out queries (held-out-queries.yaml), which no ranking or vocabulary change was fitted to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { buildSynonymTable } from '../../src/search/expand-query';
import { PaperIndex } from '../../src/search/paper-index';
import type { Db } from '../../src/store/database';
import type { CorpusName } from '../../bench/search-quality/evaluate';
import {
  buildCorpus,
  evaluateRanker,
  resolveJudgements,
} from '../../bench/search-quality/evaluate';
import {
  HELD_OUT_QUERIES_FILE,
  loadJudgedQueries,
} from '../../bench/search-quality/judged-queries';
import { describeWithSharedData } from '../support/shared-data';

/** The floors in the README ("Search quality"); measured figures are a little above them. */
const FLOORS = {
  bundled: { recall: 0.9, ndcg: 0.9, mrr: 0.97 },
  'with metadata': { recall: 0.95, ndcg: 0.94, mrr: 0.98 },
} as const;
/** The same for the held-out queries: a vocabulary change must not lower them. */
const HELD_OUT_FLOORS = {
  bundled: { recall: 0.55, ndcg: 0.55, mrr: 0.7 },
  'with metadata': { recall: 0.83, ndcg: 0.82, mrr: 0.92 },
} as const;

const queries = loadJudgedQueries();
const heldOut = loadJudgedQueries(HELD_OUT_QUERIES_FILE);
const synonyms = buildSynonymTable(loadSearchVocabulary());
/** The issue's examples and the papers it names for them (DigiRL … AppVLM; GRIT, OpenThinkIMG, VTool-R1). */
const ISSUE_EXAMPLES: Record<string, string[]> = {
  'mobile device control agent': [
    '2406.11896',
    '2507.05720',
    '2506.20332',
    '2506.01391',
    '2502.06395',
  ],
  'thinking with images': ['2505.15879', '2505.08617', '2505.19255'],
};

function describeCorpus(name: CorpusName): void {
  let corpus: { db: Db; dispose: () => void };
  let index: PaperIndex;
  beforeAll(() => {
    corpus = buildCorpus(name);
    index = PaperIndex.build(corpus.db, { synonyms });
  }, 60_000);
  afterAll(() => corpus?.dispose());
  const rank = (query: string) => index.search(query).map((hit) => hit.paperId);

  it('has every judged paper in the corpus', () => {
    const relevant = resolveJudgements(corpus.db, queries);
    queries.forEach((q, i) => expect(relevant[i]!.size, q.query).toBe(q.relevant.length));
  });

  it('has every held-out judged paper in the corpus', () => {
    const relevant = resolveJudgements(corpus.db, heldOut);
    heldOut.forEach((q, i) => expect(relevant[i]!.size, q.query).toBe(q.relevant.length));
  });

  it('keeps mean recall@10, nDCG@10 and MRR above the floors', async () => {
    const { mean } = await evaluateRanker(rank, queries, resolveJudgements(corpus.db, queries));
    expect(mean.recall).toBeGreaterThanOrEqual(FLOORS[name].recall);
    expect(mean.ndcg).toBeGreaterThanOrEqual(FLOORS[name].ndcg);
    expect(mean.mrr).toBeGreaterThanOrEqual(FLOORS[name].mrr);
  });

  it('keeps the held-out queries above their floors', async () => {
    const { mean } = await evaluateRanker(rank, heldOut, resolveJudgements(corpus.db, heldOut));
    expect(mean.recall).toBeGreaterThanOrEqual(HELD_OUT_FLOORS[name].recall);
    expect(mean.ndcg).toBeGreaterThanOrEqual(HELD_OUT_FLOORS[name].ndcg);
    expect(mean.mrr).toBeGreaterThanOrEqual(HELD_OUT_FLOORS[name].mrr);
  });

  it('puts the papers the issue names for its two examples in the top 10', () => {
    for (const [query, arxivIds] of Object.entries(ISSUE_EXAMPLES)) {
      const [named] = resolveJudgements(corpus.db, [{ query, kind: 'issue', relevant: arxivIds }]);
      const top = new Set(rank(query).slice(0, 10));
      expect(named!.size).toBe(arxivIds.length);
      expect(
        [...named!].filter((id) => !top.has(id)),
        query,
      ).toEqual([]);
    }
  });

  if (name === 'with metadata') {
    it('puts every paper judged relevant to the two examples in the top 10', () => {
      const relevant = resolveJudgements(corpus.db, queries);
      for (const query of Object.keys(ISSUE_EXAMPLES)) {
        const i = queries.findIndex((q) => q.query === query);
        const top = new Set(rank(query).slice(0, 10));
        expect(
          [...relevant[i]!].filter((id) => !top.has(id)),
          query,
        ).toEqual([]);
      }
    });
  }
}

describe('search quality on the bundled corpus', () => describeCorpus('bundled'));

describeWithSharedData('search quality with the shared metadata', () => {
  describeCorpus('with metadata');

  it('never finds fewer relevant papers once the metadata is ingested', () => {
    const found = (name: CorpusName) => {
      const corpus = buildCorpus(name);
      try {
        const index = PaperIndex.build(corpus.db, { synonyms });
        const relevant = resolveJudgements(corpus.db, queries);
        const keyOf = corpus.db.prepare('SELECT key FROM papers WHERE id = ?').pluck();
        return queries.map((q, i) =>
          index
            .search(q.query)
            .filter((hit) => relevant[i]!.has(hit.paperId))
            .map((hit) => keyOf.get(hit.paperId) as string),
        );
      } finally {
        corpus.dispose();
      }
    };
    const before = found('bundled');
    const after = found('with metadata');
    queries.forEach((q, i) => {
      expect(
        before[i]!.filter((key) => !after[i]!.includes(key)),
        q.query,
      ).toEqual([]);
    });
  }, 60_000);
});
