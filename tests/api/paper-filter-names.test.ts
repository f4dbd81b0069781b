import { describe, expect, it } from 'vitest';
import { createAnalysisGraph } from '../support/analysis-graph';
import { createTestApp } from '../support/app';

describe('a read filter naming something the graph does not have', () => {
  const { db } = createAnalysisGraph();
  const api = createTestApp(db);

  it.each([
    ['papers', '{ papers(filter: { algorithms: ["grpoo"] }) { totalCount } }'],
    [
      'matrix',
      '{ matrix(rows: PILLAR, columns: YEAR, filter: { algorithms: ["grpoo"] }) { paperCount } }',
    ],
    ['search', '{ search(query: "image", filter: { algorithms: ["grpoo"] }) { totalCount } }'],
    ['entity counts', '{ benchmarks(usedBy: { algorithms: ["grpoo"] }) { slug } }'],
  ])('is an error naming the typo and the valid slugs (%s)', async (_name, query) => {
    const result = await api.query(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Unknown algorithm "grpoo"; valid: .*\bgrpo\b/),
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.algorithms' },
    });
  });

  it('still answers for valid slugs and an unknown pillar is refused the same way', async () => {
    const valid = await api.query<{ papers: { totalCount: number } }>(
      '{ papers(filter: { algorithms: ["grpo"] }) { totalCount } }',
    );
    expect(valid.data!.papers.totalCount).toBeGreaterThan(0);
    const pillar = await api.query(
      '{ papers(filter: { pillars: ["visual-gen"] }) { totalCount } }',
    );
    expect(pillar.errors?.[0]?.message).toMatch(/^Unknown pillar or group "visual-gen"; valid: /);
  });
});
