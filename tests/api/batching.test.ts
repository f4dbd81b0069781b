import { describe, expect, it } from 'vitest';
import { createTestApp, generateList } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

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
