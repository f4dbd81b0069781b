import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';

function appWithData(logError?: (e: unknown) => void) {
  const { db } = createTestGraph();
  ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
  return { db, ...createTestApp(db, logError ? { logError } : {}) };
}

describe('the GraphQL server', () => {
  it('serves GraphiQL to a browser', async () => {
    const { yoga } = appWithData();
    const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it('answers GET queries too', async () => {
    const { yoga } = appWithData();
    const response = await yoga.fetch(
      `http://yoga/graphql?query=${encodeURIComponent('{ papers(first: 1) { totalCount } }')}`,
    );
    expect(await response.json()).toEqual({ data: { papers: { totalCount: 4 } } });
  });

  it('masks unexpected errors: no message details and no stack trace reach the client, the log gets them', async () => {
    const logged: unknown[] = [];
    const { db, query } = appWithData((e) => logged.push(e));
    db.close(); // every resolver now fails inside better-sqlite3
    const result = await query('{ papers(first: 1) { totalCount } }');
    expect(result.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: expect.any(Array),
        path: ['papers'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/database|sqlite|at .*\.ts/i);
    expect(String(logged[0])).toMatch(/database connection is not open/);
  });

  it('reports syntax errors in the document as such', async () => {
    const { query } = appWithData();
    const result = await query('{ papers(first: 1) { totalCount ');
    expect(result.errors![0]!.message).toMatch(/Syntax Error/);
  });
});
