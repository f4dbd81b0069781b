import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp } from '../support/app';
import { PaperIndex } from '../../src/search/paper-index';
import { createTestGraph, ingestMarkdown, linkGraph } from '../support/graph';

const V1 = 'list version one.md';

interface SearchResult {
  search: {
    totalCount: number;
    edges: {
      score: number;
      matchedTerms: string[];
      matchedFields: string[];
      node: { title: string };
    }[];
    facets: {
      pillars: { value: string; count: number }[];
      sections: { value: string; label: string; count: number }[];
      years: { value: string; count: number }[];
    };
  };
}

describe('the search query', () => {
  let api: ReturnType<typeof createTestApp>;
  beforeAll(() => {
    const { db } = createTestGraph();
    ingestMarkdown(
      db,
      readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'),
      V1,
    );
    api = createTestApp(db);
  });
  const document = `query($q: String!, $filter: PaperFilterInput, $first: Int) { search(query: $q, filter: $filter, first: $first) {
    totalCount edges { score matchedTerms matchedFields node { title } }
    facets { pillars { value count } sections { value label count } years { value count } } } }`;

  it('returns scored edges with matched terms and fields, best first', async () => {
    const result = await api.query<SearchResult>(document, { q: 'reinforcement learning' });
    const edges = result.data!.search.edges;
    expect(edges.length).toBeGreaterThan(1);
    expect(edges[0]!.score).toBeGreaterThanOrEqual(edges[1]!.score);
    expect(edges[0]!.matchedTerms).toEqual(expect.arrayContaining(['reinforc', 'learn']));
    expect(edges[0]!.matchedFields).toContain('title');
  });

  it('counts facets over all matches, not only the page', async () => {
    const result = await api.query<SearchResult>(document, {
      q: 'reinforcement learning',
      first: 1,
    });
    const { totalCount, edges, facets } = result.data!.search;
    expect(edges).toHaveLength(1);
    expect(facets.pillars.reduce((n, p) => n + p.count, 0)).toBe(totalCount);
    expect(facets.years.reduce((n, y) => n + y.count, 0)).toBe(totalCount);
  });

  it('narrows results with a filter', async () => {
    const all = await api.query<SearchResult>(document, { q: 'reinforcement' });
    const generation = await api.query<SearchResult>(document, {
      q: 'reinforcement',
      filter: { pillars: ['visual-generation'] },
    });
    expect(generation.data!.search.totalCount).toBeLessThan(all.data!.search.totalCount);
    expect(generation.data!.search.facets.pillars.map((p) => p.value)).toEqual([
      'visual-generation',
    ]);
  });

  it('offers section facet values that work as section filters', async () => {
    const result = await api.query<SearchResult>(document, { q: 'perceptual' });
    const section = result.data!.search.facets.sections.find((s) =>
      s.label.endsWith('Video Reasoning'),
    )!;
    const narrowed = await api.query<SearchResult>(document, {
      q: 'perceptual',
      filter: { sections: [section.value] },
    });
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data!.search.totalCount).toBe(1);
  });

  it('rejects an empty query', async () => {
    const result = await api.query(document, { q: '   ' });
    expect(result.errors![0]!.message).toMatch(/at least one word/);
  });
});

describe('the search facets', () => {
  it('count what filtering by each value returns, and are read once per content version', async () => {
    const statements: string[] = [];
    const { db } = createTestGraph({ onStatement: (sql) => statements.push(sql) });
    ingestMarkdown(
      db,
      readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'),
      V1,
    );
    linkGraph(db);
    const api = createTestApp(db);
    // Each facet's values are values of the filter field of the same name.
    const fields = ['pillars', 'algorithms', 'rewards', 'benchmarks', 'paradigms'] as const;
    const document = `{ search(query: "reinforcement learning") { totalCount facets { ${fields
      .map((field) => `${field} { value count }`)
      .join(' ')} } } }`;
    type Facets = Record<(typeof fields)[number], { value: string; count: number }[]>;
    const result = await api.query<{ search: { facets: Facets } }>(document);
    expect(result.errors).toBeUndefined();
    const { facets } = result.data!.search;
    expect(facets.algorithms.length).toBeGreaterThan(0);
    for (const field of fields) {
      for (const { value, count } of facets[field]) {
        const narrowed = await api.query<{ search: { totalCount: number } }>(
          `query($filter: PaperFilterInput) { search(query: "reinforcement learning", filter: $filter) { totalCount } }`,
          { filter: { [field]: [value] } },
        );
        expect(narrowed.data!.search.totalCount, `${field} ${value}`).toBe(count);
      }
    }
    const readsFacets = (sql: string) =>
      sql.includes('JOIN paper_entities pe ON pe.entity_id = f.id');
    expect(statements.filter(readsFacets)).toHaveLength(4);
    statements.length = 0;
    expect((await api.query<{ search: { facets: Facets } }>(document)).data).toEqual(result.data);
    expect(statements.filter(readsFacets)).toHaveLength(0);
  });
});

describe('searches within one request', () => {
  it('run a query once however many fields ask for it', async () => {
    const { db } = createTestGraph();
    ingestMarkdown(
      db,
      readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'),
      V1,
    );
    const api = createTestApp(db);
    const search = vi.spyOn(PaperIndex.prototype, 'search');
    try {
      const result = await api.query<
        Record<'all' | 'generation' | 'other', { totalCount: number }>
      >(
        `{ all: search(query: "reinforcement") { totalCount }
           generation: search(query: "reinforcement", filter: { pillars: ["visual-generation"] }) { totalCount }
           other: search(query: "learning") { totalCount } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.generation.totalCount).toBeLessThan(result.data!.all.totalCount);
      expect(search.mock.calls.map(([query]) => query)).toEqual(['reinforcement', 'learning']);
    } finally {
      search.mockRestore();
    }
  });
});
