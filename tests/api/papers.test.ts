import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';
const fixture = readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8');

interface PaperPage {
  papers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        title: string;
        arxivId: string | null;
        year: number | null;
        venue: string | null;
      };
    }[];
  };
}

describe('the papers query', () => {
  let api: ReturnType<typeof createTestApp>;
  beforeAll(() => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture, V1);
    api = createTestApp(db);
  });

  it('returns a Relay connection in list order with a total count', async () => {
    const result = await api.query<PaperPage>(
      '{ papers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { title arxivId } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.papers.totalCount).toBe(4);
    expect(result.data!.papers.edges.map((e) => e.node.arxivId)).toEqual([
      '2503.07365',
      '2506.04559',
    ]);
    expect(result.data!.papers.pageInfo.hasNextPage).toBe(true);
  });

  it('continues after a cursor without repeating papers', async () => {
    const first = await api.query<PaperPage>(
      '{ papers(first: 2) { pageInfo { endCursor } edges { node { id } } } }',
    );
    const after = first.data!.papers.pageInfo.endCursor;
    const second = await api.query<PaperPage>(
      'query($after: String) { papers(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }',
      { after },
    );
    const ids = [...first.data!.papers.edges, ...second.data!.papers.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(second.data!.papers.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by pillar, year range, venue and code links', async () => {
    const titles = async (filter: string) =>
      (
        await api.query<PaperPage>(
          `{ papers(first: 10, filter: ${filter}) { edges { node { title } } } }`,
        )
      ).data!.papers.edges.map((e) => e.node.title.split(':')[0]);
    expect(await titles('{ pillars: ["visual-generation"] }')).toEqual(['Flow-GRPO', 'DiffPPO']);
    expect(await titles('{ yearFrom: 2024, yearTo: 2024 }')).toEqual(['DiffPPO']);
    expect(await titles('{ venues: ["icnc"] }')).toEqual(['DiffPPO']);
    expect(await titles('{ hasCode: true }')).toEqual(['MM-Eureka', 'Flow-GRPO']);
  });

  it('filters by section, including the sections below it', async () => {
    const sections = await api.query<{ sections: { id: string; name: string }[] }>(
      '{ sections { id name } }',
    );
    const mllm = sections.data!.sections.find((s) => s.name.startsWith('Multi-Modal'))!;
    const result = await api.query<PaperPage>(
      'query($s: ID!) { papers(first: 10, filter: { sections: [$s] }) { totalCount } }',
      { s: mllm.id },
    );
    expect(result.data!.papers.totalCount).toBe(2);
  });

  it('sorts newest first when asked', async () => {
    const result = await api.query<PaperPage>(
      '{ papers(first: 10, orderBy: NEWEST) { edges { node { year } } } }',
    );
    const years = result.data!.papers.edges.map((e) => e.node.year);
    expect(years).toEqual([...years].sort((a, b) => (b ?? 0) - (a ?? 0)));
  });

  it('refuses a page larger than 100 with a clear error', async () => {
    const result = await api.query('{ papers(first: 500) { totalCount } }');
    expect(result.errors![0]!.message).toMatch(/`first` must be between 0 and 100 \(got 500\)/);
    expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a year range that runs backwards', async () => {
    const result = await api.query(
      '{ papers(first: 1, filter: { yearFrom: 2025, yearTo: 2020 }) { totalCount } }',
    );
    expect(result.errors![0]!.message).toMatch(/yearFrom \(2025\) is after yearTo \(2020\)/);
  });
});

describe('the paper query', () => {
  let api: ReturnType<typeof createTestApp>;
  beforeAll(() => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture, V1);
    api = createTestApp(db);
  });

  it('finds a paper by arXiv id in any common spelling and again by its global id via node()', async () => {
    const byArxiv = await api.query<{ paper: { id: string; title: string } }>(
      '{ paper(arxivId: "arXiv:2503.07365v2") { id title } }',
    );
    const { id, title } = byArxiv.data!.paper;
    expect(title).toMatch(/^MM-Eureka/);
    const byNode = await api.query<{ node: { title: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Paper { title } } }',
      { id },
    );
    expect(byNode.data!.node.title).toBe(title);
  });

  it('returns null for an unknown id, and an error for a malformed one', async () => {
    expect((await api.query('{ paper(arxivId: "2101.00001") { title } }')).data).toEqual({
      paper: null,
    });
    const bad = await api.query('{ paper(arxivId: "7916.37423") { title } }');
    expect(bad.errors![0]!.message).toMatch(/month 16 does not exist/);
  });

  it('returns links, sections with paths, pillars and provenance with source lines', async () => {
    const result = await api.query<{
      paper: Record<string, unknown>;
    }>(`{ paper(arxivId: "2506.04559") {
      kind links { kind url } sections { name path pillar { slug } } pillars { name } listed
      provenance { fact value sourceFile sourceLine } } }`);
    const paper = result.data!.paper;
    expect(paper['kind']).toBe('preprint');
    expect(paper['sections']).toEqual([
      {
        name: 'Image Reasoning',
        path: ['Multi-Modal Large Language Models with RL', 'Image Reasoning'],
        pillar: { slug: 'mllm' },
      },
      {
        name: 'Video Reasoning',
        path: ['Multi-Modal Large Language Models with RL', 'Video Reasoning'],
        pillar: { slug: 'mllm' },
      },
    ]);
    expect(paper['pillars']).toEqual([{ name: 'Multimodal LLMs' }]);
    expect(paper['listed']).toBe(true);
    expect(paper['provenance']).toContainEqual({
      fact: 'listed_in',
      value: 'Multi-Modal Large Language Models with RL / Video Reasoning',
      sourceFile: V1,
      sourceLine: 19,
    });
  });
});
