import { describe, expect, it } from 'vitest';
import { createTestApp, generateList } from '../support/app';
import { createTestGraph, ingestMarkdown, linkGraph } from '../support/graph';

describe('when a page of 100 papers asks for authors, sections, pillars and links', () => {
  it('costs a small fixed number of SQL statements, whatever the page size', async () => {
    const statements: string[] = [];
    const { db } = createTestGraph({ onStatement: (sql) => statements.push(sql) });
    ingestMarkdown(db, generateList(150), 'generated.md');
    const api = createTestApp(db);
    const document = `query($n: Int!) { papers(first: $n) { totalCount edges { node {
      title authors { name } sections { name path pillar { name } } pillars { name } links { kind url } } } } }`;
    const count = async (n: number) => {
      statements.length = 0;
      const result = await api.query<{ papers: { edges: unknown[] } }>(document, { n });
      expect(result.errors).toBeUndefined();
      expect(result.data!.papers.edges).toHaveLength(n);
      return statements.length;
    };
    const forTen = await count(10);
    const forHundred = await count(100);
    expect(forHundred).toBe(forTen);
    expect(forHundred).toBeLessThanOrEqual(8);
  });
});

describe('when a page of 100 papers also asks for their algorithms, rewards, benchmarks and paradigms', () => {
  it('adds a small fixed number of statements, whatever the page size', async () => {
    const statements: string[] = [];
    const { db } = createTestGraph({ onStatement: (sql) => statements.push(sql) });
    ingestMarkdown(db, generateList(150), 'generated.md');
    linkGraph(db);
    const api = createTestApp(db);
    const links = `relation confidence origin note evidence { field matchedText start end rule }`;
    const document = `query($n: Int!) { papers(first: $n, filter: { algorithms: ["grpo"] }) { totalCount edges { node {
      title pillars { slug }
      algorithms { ${links} algorithm { slug name variantOf { slug } variants { slug } paradigms { slug } } }
      rewards { ${links} reward { slug } } benchmarks { ${links} benchmark { slug task pillars { slug } } }
      paradigms { ${links} paradigm { slug rewards { slug } } } } } } }`;
    const count = async (n: number) => {
      statements.length = 0;
      const result = await api.query<{ papers: { edges: { node: { algorithms: unknown[] } }[] } }>(
        document,
        { n },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.papers.edges).toHaveLength(n);
      expect(result.data!.papers.edges.every((e) => e.node.algorithms.length > 0)).toBe(true);
      return statements.length;
    };
    const forTen = await count(10);
    const forHundred = await count(100);
    expect(forHundred).toBe(forTen);
    expect(forHundred).toBeLessThanOrEqual(10);
  });
});
