import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGraph } from '../../src/cli/open-graph';
import { createApp } from '../../src/server/app';
import { run, tempDir } from '../support/cli';

const FIXTURES = join(import.meta.dirname, '../ingest/fixtures');
const V1 = join(FIXTURES, 'list version one.md');
const V2 = join(FIXTURES, 'list version two drops one paper and adds another.md');

describe('when another process ingests while the server runs', () => {
  it('serves search and /export?search= from the new data on the next request', async () => {
    const path = join(tempDir(), 'graph.sqlite');
    expect((await run(['ingest', '--db', path, '--list', 'demo', V1])).code).toBe(0);
    const app = createApp(openGraph(path));
    const search = async () => {
      const response = await app.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "dancegrpo") { totalCount } }' }),
      });
      return ((await response.json()) as { data: { search: { totalCount: number } } }).data.search
        .totalCount;
    };
    const exported = async () =>
      (await app.fetch('http://yoga/export?format=json&search=dancegrpo')).headers.get(
        'x-paper-count',
      );
    expect(await search()).toBe(0);
    expect(await exported()).toBe('0');

    // A separate connection, as `surveygraph ingest` in another process would open.
    expect((await run(['ingest', '--db', path, '--list', 'demo', V2])).code).toBe(0);

    expect(await search()).toBe(1);
    expect(await exported()).toBe('1');
    app.close();
  });
});
