/**
 * The scorer reads minisearch's postings instead of calling `search()`: these tests hold it to
 * what `search()` answers for the same spelling, on documents written here and on the bundled
 * corpus, so a minisearch upgrade that changes its index or its scoring fails here.
 */
import MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../bench/search-quality/evaluate';
import { IndexPostings } from '../../src/search/index-postings';
import { SEARCH_INDEX_OPTIONS } from '../../src/search/paper-index';
import type { SpellingRequest } from '../../src/search/query-tree';
import { FIELD_BOOSTS, matchAnySpelling, matchSpelling } from '../../src/search/query-tree';
import type { SearchDocument } from '../../src/search/search-documents';
import { buildSearchDocuments } from '../../src/search/search-documents';
import { toSearchTerm } from '../../src/search/search-terms';

const blank = { authors: '', venue: '', sections: '', concepts: '', abstract: '', arxivId: '' };
const DOCUMENTS: SearchDocument[] = [
  {
    ...blank,
    id: 11,
    title: 'Group Relative Policy Optimization for Image Generation',
    concepts: 'GRPO',
  },
  { ...blank, id: 12, title: 'Learning to Think with Images', abstract: 'thinking in pixels' },
  {
    ...blank,
    id: 13,
    title: 'Segmentation with reinforcement learning',
    authors: 'Ada Lovelace',
    sections: 'Image segmentation',
  },
  { ...blank, id: 14, title: 'Reward models for video generation', venue: 'CVPR' },
  {
    ...blank,
    id: 15,
    title: 'Policy gradients',
    abstract: 'policy policy optimisation of image and video generators by GRPO, learning rewards',
  },
];

const terms = (words: string) => words.split(' ').map((word) => toSearchTerm(word));

/** The same spelling as a minisearch query tree, as the scorer replaced it. */
function searchWithMiniSearch(index: MiniSearch<SearchDocument>, request: SpellingRequest) {
  const options: SearchOptions = {
    boost: FIELD_BOOSTS,
    processTerm: (term) => term,
    tokenize: (text) => text.split(' '),
    prefix: false,
    fuzzy: false,
    ...(request.field && { fields: [request.field] }),
  };
  const combineWith = request.partial || request.terms.length === 1 ? 'OR' : 'AND';
  const unknown = (term: string) => index.search(term, options).length === 0;
  const queries = request.terms.map((term) =>
    request.tolerant && unknown(term) ? tolerantQuery(term) : term,
  );
  return new Map(
    index
      .search({ combineWith, queries }, options)
      .map((result) => [
        result.id as number,
        result.score / Math.max(1, result.queryTerms.length) / request.terms.length,
      ]),
  );
}

function tolerantQuery(term: string): Query {
  const truncations: Query[] = [];
  for (let k = term.length - 1; k >= 5; k--) {
    truncations.push({ queries: [term.slice(0, k)], boostTerm: () => 0.4 });
  }
  const edits = term.length >= 7 ? 2 : term.length >= 4 ? 1 : false;
  return {
    combineWith: 'OR',
    queries: [{ queries: [term], prefix: term.length >= 3, fuzzy: edits }, ...truncations],
  };
}

function scoresOf(postings: IndexPostings, request: SpellingRequest): Map<number, number> {
  const matches = matchSpelling(postings, request);
  return new Map(Array.from(matches.ids, (id, i) => [postings.paperIdOf(id), matches.scores[i]!]));
}

function expectSameScores(actual: Map<number, number>, expected: Map<number, number>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 9);
}

const REQUESTS: SpellingRequest[] = [
  { terms: terms('policy'), tolerant: false },
  { terms: terms('image generation'), tolerant: false },
  { terms: terms('image generation video'), tolerant: false, partial: true },
  { terms: terms('policy optimization'), tolerant: false, field: 'title' },
  { terms: terms('segmentaion'), tolerant: true },
  { terms: terms('lerning'), tolerant: true },
  { terms: terms('thi'), tolerant: true },
  { terms: terms('reward videoo'), tolerant: true },
  { terms: terms('lovelace'), tolerant: false, field: 'authors' },
  { terms: terms('unheardof'), tolerant: true },
];

describe('matchSpelling', () => {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(DOCUMENTS);
  const postings = new IndexPostings(index);

  it.each(REQUESTS.map((request) => [request.terms.join(' '), request] as const))(
    'scores "%s" as minisearch search() does',
    (_name, request) => {
      expectSameScores(scoresOf(postings, request), searchWithMiniSearch(index, request));
    },
  );

  it('finds papers by a misspelt word and says which indexed words matched', () => {
    const matches = matchSpelling(postings, { terms: terms('segmentaion'), tolerant: true });
    const id = postings.shortIdOf(13)!;
    expect(matches.has(id)).toBe(true);
    const into = { terms: new Set<string>(), fields: new Set<string>() };
    matches.explain(id, into);
    expect([...into.terms]).toContain('segment');
    expect([...into.fields].sort()).toEqual(['sections', 'title']);
  });

  it('counts a partly matched spelling by the share of its words a paper has', () => {
    const matches = matchSpelling(postings, {
      terms: terms('image generation video'),
      tolerant: false,
      partial: true,
    });
    const coverage = (paperId: number) =>
      matches.coverages[matches.ids.indexOf(postings.shortIdOf(paperId)!)];
    expect(coverage(15)).toBe(1);
    expect(coverage(11)).toBeCloseTo(2 / 3);
    expect(coverage(14)).toBeCloseTo(2 / 3);
  });

  it('scores a paper matched by several spellings by its best one', () => {
    const spellings: SpellingRequest[] = [
      { terms: terms('grpo'), tolerant: true },
      { terms: terms('group relative policy optimization'), tolerant: false },
    ];
    const best = matchAnySpelling(postings, spellings);
    const each = spellings.map((spelling) => scoresOf(postings, spelling));
    for (const [i, id] of best.ids.entries()) {
      const paperId = postings.paperIdOf(id);
      expect(best.scores[i]).toBe(Math.max(...each.map((scores) => scores.get(paperId) ?? 0)));
    }
    expect(best.size).toBe(2);
  });
});

describe('matchSpelling on the bundled corpus', () => {
  const corpus = buildCorpus('bundled');
  afterAll(() => corpus.dispose());
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(buildSearchDocuments(corpus.db));
  const postings = new IndexPostings(index);

  it.each([
    'grpo',
    'reinforcement learning',
    'reward model video',
    'vision language action',
    'reinforcment',
    'diffusoin',
    'benchmark',
  ])('scores "%s" as minisearch search() does, exactly and with tolerance', (words) => {
    for (const request of [
      { terms: terms(words), tolerant: true },
      { terms: terms(words), tolerant: false, partial: true },
      { terms: terms(words), tolerant: false, field: 'title' as const },
    ]) {
      expectSameScores(scoresOf(postings, request), searchWithMiniSearch(index, request));
    }
  });
});
