import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';
import { startStubArxivServer } from '../ingest/arxiv/stub-arxiv-server';
import type { StubArxivServer } from '../ingest/arxiv/stub-arxiv-server';

const V1 = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('surveygraph fetch-arxiv', () => {
  let stub: StubArxivServer;
  let dir: string;
  let db: string;
  beforeEach(async () => {
    stub = await startStubArxivServer();
    dir = tempDir();
    db = join(dir, 'g.sqlite');
    await run(['ingest', '--db', db, '--list', 'demo', V1]);
  });
  afterEach(() => stub.close());

  const fetchArgs = () => [
    'fetch-arxiv',
    '--db',
    db,
    '--api-url',
    stub.baseUrl,
    '--cache-dir',
    join(dir, 'cache'),
    '--interval-ms',
    '0',
  ];

  it('asks the API for every arXiv paper that lacks metadata, in one batch, and fills authors in', async () => {
    const result = await run(fetchArgs());
    expect(result.code).toBe(0);
    expect(stub.requests).toEqual([['2503.07365', '2505.05470', '2506.04559']]);
    expect(result.stdout).toMatch(/records: 3 — matched 3 by arXiv id/);
    const query = await run([
      'query',
      '--db',
      db,
      '{ paper(arxivId: "2505.05470") { authors { name } abstract } }',
    ]);
    expect(JSON.parse(query.stdout).data.paper).toEqual({
      authors: [{ name: 'Ada Lovelace' }],
      abstract: 'About 2505.05470.',
    });
  });

  it('answers a second run from its on-disk cache without asking again', async () => {
    await run([...fetchArgs(), '2503.07365']);
    await run([...fetchArgs(), '2503.07365']);
    expect(stub.requests).toHaveLength(1);
  });

  it('fails quickly with a clear message and changes nothing when the API cannot be reached', async () => {
    const port = await closedPort();
    const before = await run(['stats', '--db', db, '--json']);
    const started = Date.now();
    const result = await run([
      'fetch-arxiv',
      '--db',
      db,
      '--api-url',
      `http://127.0.0.1:${port}/api/query`,
      '--cache-dir',
      join(dir, 'c2'),
      '--interval-ms',
      '0',
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /cannot reach the arXiv API at http:\/\/127\.0\.0\.1:\d+\/api\/query: .*nothing was fetched; the database was not changed/,
    );
    const after = await run(['stats', '--db', db, '--json']);
    expect(JSON.parse(after.stdout).authors).toBe(JSON.parse(before.stdout).authors);
  });

  it('rejects an id that is not an arXiv id', async () => {
    const result = await run([...fetchArgs(), '2513.00001']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"2513\.00001" is not an arXiv id: month 13 does not exist/);
  });
});
