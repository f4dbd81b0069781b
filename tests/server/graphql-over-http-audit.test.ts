import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestGraph } from '../support/graph';

describe('GraphQL over HTTP compliance (graphql-http server audit)', () => {
  it('passes every MUST of the audit', async () => {
    const { db } = createTestGraph();
    const { yoga } = createTestApp(db);
    const audits = serverAudits({
      url: 'http://yoga/graphql',
      fetchFn: (input: string, init: RequestInit = {}) => yoga.fetch(new URL(input), init),
    });
    const results = await Promise.all(
      audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })),
    );
    const musts = results.filter((r) => r.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(10);
    const failed = musts
      .filter((r) => r.result.status !== 'ok')
      .map((r) => `${r.name}: ${'reason' in r.result ? r.result.reason : ''}`);
    expect(failed).toEqual([]);
  });
});
