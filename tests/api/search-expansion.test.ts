import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { buildSynonymTable } from '../../src/search/expand-query';
import { PaperIndex } from '../../src/search/paper-index';
import { createApp } from '../../src/server/app';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const FIXTURE = 'titles that spell concepts differently.md';

interface Result {
  search: {
    totalCount: number;
    expansions: { text: string; alternatives: string[]; sources: string[] }[];
    edges: { matchedTerms: string[]; node: { title: string } }[];
  };
}
const SEARCH = `query($q: String!) { search(query: $q, first: 20) {
  totalCount expansions { text alternatives sources } edges { matchedTerms node { title } } } }`;

function graph() {
  const { db } = createTestGraph();
  ingestMarkdown(
    db,
    readFileSync(join(import.meta.dirname, '../search/fixtures', FIXTURE), 'utf8'),
    FIXTURE,
  );
  return db;
}

async function search(
  yoga: ReturnType<typeof createApp>['yoga'],
  q: string,
): Promise<Result['search']> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { q } }),
  });
  const body = (await response.json()) as { data: Result; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data.search;
}

describe('search over an index that knows the ontology', () => {
  const db = graph();
  const synonyms = buildSynonymTable(loadSearchVocabulary());
  const { yoga } = createApp({ db, index: PaperIndex.open(db, { synonyms }) });

  it('says how the query was widened and finds the other spelling', async () => {
    const result = await search(yoga, 'T2I generation');
    expect(result.expansions).toEqual([
      {
        text: 'T2I',
        alternatives: ['text-to-image', 'texttoimage'],
        sources: ['abbreviation/T2I'],
      },
    ]);
    const titles = result.edges.map((e) => e.node.title.split(':')[0]);
    expect(titles).toEqual(expect.arrayContaining(['T2I-R1', 'DiffPPO']));
    const diffppo = result.edges.find((e) => e.node.title.startsWith('DiffPPO'))!;
    expect(diffppo.matchedTerms).toEqual(expect.arrayContaining(['text', 'to', 'imag', 'generat']));
  });

  it('lists no expansions for ordinary words', async () => {
    expect((await search(yoga, 'robotic manipulation')).expansions).toEqual([]);
  });
});

describe('search without an ontology', () => {
  it('matches only the words as written', async () => {
    const { yoga } = createTestApp(graph());
    const result = await search(yoga, 'T2I');
    expect(result.expansions).toEqual([]);
    expect(result.edges.map((e) => e.node.title.split(':')[0])).toEqual(['T2I-R1']);
  });
});
