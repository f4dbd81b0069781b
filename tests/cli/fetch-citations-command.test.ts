import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';
import type { StubCitationApi } from './stub-citation-api';
import { startStubCitationApi } from './stub-citation-api';

const V1 = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('surveygraph fetch-s2 and fetch-openalex', () => {
  let stub: StubCitationApi;
  let dir: string;
  let db: string;
  beforeEach(async () => {
    stub = await startStubCitationApi();
    dir = tempDir();
    db = join(dir, 'g.sqlite');
    await run(['ingest', '--db', db, '--list', 'demo', V1]);
  });
  afterEach(() => stub.close());

  const s2 = (...extra: string[]) => [
    'fetch-s2',
    '--db',
    db,
    '--api-url',
    `${stub.baseUrl}/s2`,
    '--cache-dir',
    join(dir, 's2'),
    '--interval-ms',
    '0',
    ...extra,
  ];
  const openalex = (...extra: string[]) => [
    'fetch-openalex',
    '--db',
    db,
    '--api-url',
    `${stub.baseUrl}/openalex`,
    '--cache-dir',
    join(dir, 'oa'),
    '--interval-ms',
    '0',
    ...extra,
  ];

  it('pages through references after a 429, skips papers S2 does not know, and stores contexts', async () => {
    const result = await run(s2());
    expect(result.code).toBe(0);
    const asked = stub.requests.filter((r) => r.includes('2503.07365'));
    expect(asked).toHaveLength(3); // 429, page 1, page 2
    expect(result.stdout).toContain('references: 2 read');
    expect(result.stdout).toMatch(/1 are papers of the graph \(1 by arXiv id/);
    expect(result.stdout).toMatch(/not-in-semantic-scholar/);
    const query = await run([
      'query',
      '--db',
      db,
      '{ paper(arxivId: "2503.07365") { references { edges { node { contexts intents isInfluential node { paper { arxivId } work { arxivId } } } } } } }',
    ]);
    const edges = JSON.parse(query.stdout).data.paper.references.edges;
    expect(edges[0].node).toEqual({
      contexts: [],
      intents: [],
      isInfluential: false,
      node: { paper: { arxivId: '2505.05470' }, work: null },
    });
    expect(edges[1].node).toMatchObject({
      contexts: ['like PPO [3]'],
      intents: ['methodology'],
      isInfluential: true,
      node: { work: { arxivId: '1707.06347' } },
    });
  });

  it('resumes from its cache: a second run asks nothing', async () => {
    await run(s2('2503.07365'));
    const before = stub.requests.length;
    const again = await run(s2('2503.07365'));
    expect(again.code).toBe(0);
    expect(stub.requests.length).toBe(before);
    expect(again.stdout).toContain('0 added, 2 already known');
  });

  it('links OpenAlex referenced works to papers through the works OpenAlex returns for them', async () => {
    const result = await run(openalex(), { OPENALEX_MAILTO: 'team@example.org' });
    expect(result.code).toBe(0);
    expect(stub.requests.some((r) => r.includes('mailto=team%40example.org'))).toBe(true);
    const query = await run([
      'query',
      '--db',
      db,
      '{ paper(arxivId: "2503.07365") { referenceCount { total corpus } } }',
    ]);
    expect(JSON.parse(query.stdout).data.paper.referenceCount).toEqual({ total: 2, corpus: 1 });
  });

  it('fails fast and clearly, changing nothing, when the API cannot be reached', async () => {
    const port = await closedPort();
    const started = Date.now();
    const result = await run([
      'fetch-s2',
      '--db',
      db,
      '--api-url',
      `http://127.0.0.1:${port}`,
      '--cache-dir',
      join(dir, 'x'),
      '--interval-ms',
      '0',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /cannot reach http:\/\/127\.0\.0\.1:\d+: .*nothing was fetched; the database was not changed/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const count = await run([
      'query',
      '--db',
      db,
      '{ paper(arxivId: "2503.07365") { referenceCount { total } } }',
    ]);
    expect(JSON.parse(count.stdout).data.paper.referenceCount.total).toBe(0);
  });
});
