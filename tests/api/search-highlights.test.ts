import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';
const { db } = createTestGraph();
ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
const api = createTestApp(db);

interface Result {
  search: {
    totalCount: number;
    suggestions: string[];
    edges: {
      matchedAllWords: boolean;
      highlights: {
        field: string;
        text: string;
        matches: { start: number; end: number }[];
        html: string;
      }[];
      node: { title: string };
    }[];
  };
}
const SEARCH = `query($q: String!) { search(query: $q, first: 5) { totalCount suggestions
  edges { matchedAllWords highlights { field text matches { start end } html } node { title } } } }`;

describe('search highlights, suggestions and syntax errors over GraphQL', () => {
  it('marks the matched words of the title, by offsets and as HTML', async () => {
    const result = await api.query<Result>(SEARCH, { q: 'flow matching' });
    const [edge] = result.data!.search.edges;
    expect(edge!.matchedAllWords).toBe(true);
    const title = edge!.highlights.find((h) => h.field === 'title')!;
    expect(title.text).toBe('Flow-GRPO: Training Flow Matching Models via Online RL');
    expect(title.matches.map(({ start, end }) => title.text.slice(start, end))).toEqual([
      'Flow',
      'Flow',
      'Matching',
    ]);
    expect(title.html).toBe(
      '<mark>Flow</mark>-GRPO: Training <mark>Flow</mark> <mark>Matching</mark> Models via Online RL',
    );
  });

  it('suggests the nearest words when nothing matches, and nothing otherwise', async () => {
    const none = await api.query<Result>(SEARCH, { q: 'capshuning' });
    expect(none.data!.search.totalCount).toBe(0);
    expect(none.data!.search.suggestions).toContain('captioning');
    const some = await api.query<Result>(SEARCH, { q: 'captioning' });
    expect(some.data!.search.suggestions).toEqual([]);
  });

  it('answers a query it cannot read with BAD_USER_INPUT saying what is wrong', async () => {
    for (const [q, message] of [
      ['"open phrase', /unclosed quote/],
      ['grpo colour:red', /unknown field "colour:"/],
      ['year:soon', /year: takes a year or a range/],
      ['algorithm:NoSuchThing', /no algorithm named "NoSuchThing"/],
      ['-grpo', /only excludes/],
    ] as const) {
      const result = await api.query<Result>(SEARCH, { q });
      expect(result.errors?.[0]?.extensions?.['code'], q).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, q).toMatch(message);
    }
  });

  it('refuses an unreadable search in an export the same way, naming the field', async () => {
    const result = await api.query<{ export: unknown }>(
      `query($q: String!) { export(format: BIBTEX, selection: { search: $q }) { text } }`,
      { q: '"open' },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Cannot read the search query: unclosed quote/);
  });
});
