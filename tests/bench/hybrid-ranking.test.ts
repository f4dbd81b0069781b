/**
 * The bench's sentence-embedding hybrid (issue 8): the encoder runs from the weights its npm
 * package ships, and the fusions combine the lexical and the embedding rankings as stated.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PaperHit } from '../../src/search/paper-index';
import { buildSynonymTable } from '../../src/search/expand-query';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import {
  HybridSearch,
  linearFusion,
  reciprocalRankFusion,
} from '../../bench/search-quality/hybrid-ranking';
import { cosine, loadSentenceEncoder } from '../../bench/search-quality/sentence-encoder';
import { createTestGraph, ingestMarkdownFile } from '../support/graph';

const hit = (paperId: number, score: number): PaperHit => ({
  paperId,
  score,
  terms: [],
  fields: [],
  matchedAll: true,
});

describe('the sentence encoder', () => {
  afterAll(() => vi.unstubAllGlobals());

  it('encodes from node_modules with fetch refused: unit vectors, paraphrases closest', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('no network in this test')));
    const encoder = await loadSentenceEncoder();
    const [personalized, subjectDriven, robots] = await encoder.embed([
      'personalized text-to-image generation',
      'subject-driven customization of diffusion models',
      'robotic manipulation with reinforcement learning',
    ]);
    expect(personalized).toHaveLength(512);
    expect(cosine(personalized!, personalized!)).toBeCloseTo(1, 5);
    expect(cosine(personalized!, subjectDriven!)).toBeGreaterThan(
      cosine(personalized!, robots!) + 0.1,
    );
  });
});

describe('the fusions', () => {
  it('reciprocal rank fusion favours papers both rankings place high', () => {
    expect(
      reciprocalRankFusion([
        [1, 2, 3],
        [2, 4, 1],
      ]),
    ).toEqual([2, 1, 4, 3]);
  });

  it('linear fusion adds the embedding candidates and lets the cosine break close calls', () => {
    const cosines = new Map([
      [1, 0.1],
      [2, 0.9],
      [3, 0.95],
    ]);
    const hits = [hit(1, 10), hit(2, 9.5)];
    expect(linearFusion(hits, cosines, [3], 0)).toEqual([1, 2, 3]);
    expect(linearFusion(hits, cosines, [3], 0.2)).toEqual([2, 1, 3]);
  });
});

describe('HybridSearch over a small list', () => {
  it('ranks by meaning with no word in common, and keeps full lexical matches first', async () => {
    const { db } = createTestGraph();
    ingestMarkdownFile(
      db,
      join(import.meta.dirname, '../search/fixtures/papers for query syntax.md'),
    );
    const search = await HybridSearch.build(db, buildSynonymTable(loadSearchVocabulary()));
    const titleOf = db.prepare('SELECT title FROM papers WHERE id = ?').pluck();
    const top = async (query: string, fusion: 'cosine only' | 'linear') =>
      titleOf.get(search.rank(query, await search.embedQuery(query), fusion)[0]) as string;
    expect(await top('smartphone assistant', 'cosine only')).toMatch(/Mobile|Device/);
    expect(await top('video generation human feedback', 'linear')).toBe(
      'Improving Video Generation with Human Feedback',
    );
  });
});
