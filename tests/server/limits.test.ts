import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LogLine } from '../../src/server/access-log';
import type { AppOptions } from '../../src/server/app';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';

function appWith(options: Omit<AppOptions, 'db' | 'index'> = {}) {
  const { db } = createTestGraph();
  ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
  return { db, ...createTestApp(db, options) };
}

const ABUSIVE = `{ papers(first: 100) { edges { node { title authors { papers(first: 100) {
  edges { node { title authors { papers(first: 100) { edges { node { title } } } } } } } } } } } }`;

function post(
  yoga: ReturnType<typeof appWith>['yoga'],
  body: string,
  headers: Record<string, string>,
) {
  return yoga.fetch('http://yoga/graphql', { method: 'POST', headers, body });
}

describe('when a query asks for too much', () => {
  it('refuses nesting deeper than the limit, saying so', async () => {
    const { query } = appWith();
    const result = await query(ABUSIVE);
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded, found 1\d/);
    expect(result.data).toBeUndefined();
  });

  it('refuses a shallow query whose nested pages multiply past the cost limit, naming the cost', async () => {
    const { query } = appWith();
    const result = await query(
      '{ papers(first: 100) { edges { node { authors { papers(first: 100) { edges { node { title } } } } } } } }',
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/cost about 90601, above the limit of 50000/),
        extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 90601, maxCost: 50000 },
      }),
    ]);
  });

  it('lets the same query through with smaller pages', async () => {
    const { query } = appWith();
    const result = await query(
      '{ papers(first: 20) { edges { node { authors { papers(first: 5) { edges { node { title } } } } } } } }',
    );
    expect(result.errors).toBeUndefined();
  });

  it('takes its limits from the options', async () => {
    const { query } = appWith({ limits: { maxCost: 10 } });
    const result = await query('{ papers(first: 5) { edges { node { title year } } } }');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'COST_LIMIT_EXCEEDED',
      cost: 21,
      maxCost: 10,
    });
  });

  it('refuses more aliases than the limit', async () => {
    const { query } = appWith();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: pillars { slug }`).join(' ');
    const result = await query(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
  });

  it('refuses documents with more tokens than the limit', async () => {
    const { query } = appWith();
    const fields = Array.from({ length: 700 }, () => 'pillars { slug }').join(' ');
    const result = await query(`{ ${fields} }`);
    expect(result.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
  });

  it('refuses pages above 100', async () => {
    const { query } = appWith();
    const result = await query('{ papers(first: 1000) { totalCount } }');
    expect(result.errors?.[0]?.message).toMatch(/`first` must be between 0 and 100 \(got 1000\)/);
  });

  it('refuses search texts longer than 500 characters or 32 words', async () => {
    const { query } = appWith();
    const long = await query('query($q: String!) { search(query: $q) { totalCount } }', {
      q: 'x'.repeat(20_000),
    });
    expect(long.errors?.[0]?.message).toBe('A search is limited to 500 characters (got 20000).');
    const wordy = await query('query($q: String!) { search(query: $q) { totalCount } }', {
      q: 'grpo '.repeat(40),
    });
    expect(wordy.errors?.[0]?.message).toBe('A search is limited to 32 words (got 40).');
  });

  it('runs batched requests up to the limit and refuses larger batches', async () => {
    const { yoga } = appWith();
    const batch = (n: number) =>
      post(
        yoga,
        JSON.stringify(Array.from({ length: n }, () => ({ query: '{ pillars { slug } }' }))),
        {
          'content-type': 'application/json',
        },
      );
    const ok = await batch(5);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(5);
    const tooMany = await batch(6);
    expect(tooMany.status).toBe(413);
    expect(await tooMany.text()).toMatch(/Batching is limited to 5 operations per request/);
  });

  it('stops an operation that outlives its time budget, with a clear error', async () => {
    const { query } = appWith({ limits: { timeBudgetMs: 0 } });
    const result = await query('{ papers(first: 5) { edges { node { title } } } }');
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/used its 0 ms time budget and was stopped/),
      extensions: { code: 'TIME_BUDGET_EXCEEDED', timeBudgetMs: 0 },
    });
  });
});

describe('when an operation must stop midway', () => {
  // The page's papers are read by one resolver; their authors and sections by later ones.
  const PAGE =
    '{ papers(first: 5) { edges { node { title authors { name } sections { name } } } } }';
  const later = (statements: string[]) =>
    statements.filter((sql) => /paper_authors|paper_sections/.test(sql));

  /**
   * An app that counts statements and calls `midway` at the first one of the next operation. An
   * operation is over when its access-log line is written (the client may have stopped waiting).
   */
  function appStoppedMidway(options: Omit<AppOptions, 'db' | 'index' | 'log'>) {
    const statements: string[] = [];
    let midway: (() => void) | undefined;
    let logged: (() => void) | undefined;
    const { db } = createTestGraph({
      onStatement: (sql) => {
        statements.push(sql);
        midway?.();
        midway = undefined;
      },
    });
    ingestMarkdown(
      db,
      readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'),
      V1,
    );
    const app = createTestApp(db, { ...options, log: () => logged?.() });
    return {
      ...app,
      /** Runs `operation` with `onFirstStatement` armed, to its log line; the statements it ran. */
      async run(operation: () => Promise<unknown>, onFirstStatement?: () => void) {
        statements.length = 0;
        midway = onFirstStatement;
        const over = new Promise<void>((done) => (logged = done));
        await operation();
        await over;
        return [...statements];
      },
    };
  }

  it('stops before the next resolver once the time budget runs out: no more SQL, the budget error', async () => {
    const app = appStoppedMidway({ limits: { timeBudgetMs: 60_000 } });
    let result: Awaited<ReturnType<typeof app.query>> | undefined;
    const whole = await app.run(async () => (result = await app.query(PAGE)));
    expect(result?.errors).toBeUndefined();
    expect(later(whole)).toHaveLength(2);
    const realNow = performance.now.bind(performance);
    let skipped = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => realNow() + skipped);
    try {
      const stopped = await app.run(
        async () => (result = await app.query(PAGE)),
        () => (skipped = 3_600_000), // the clock passes the deadline as the papers are read
      );
      expect(later(stopped)).toEqual([]);
      expect(result).toEqual({
        errors: [
          {
            message: expect.stringMatching(/used its 60000 ms time budget and was stopped/),
            extensions: { code: 'TIME_BUDGET_EXCEEDED', timeBudgetMs: 60_000 },
          },
        ],
      });
    } finally {
      clock.mockRestore();
    }
  });

  it('stops before the next resolver when the client goes away: no more SQL', async () => {
    const app = appStoppedMidway({});
    const client = new AbortController();
    const request = () =>
      Promise.resolve(
        app.yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: PAGE }),
          signal: client.signal,
        }),
      ).catch((error: unknown) => error);
    expect(later(await app.run(request))).toHaveLength(2);
    const gone = await app.run(request, () => client.abort());
    expect(later(gone)).toEqual([]);
  });
});

describe('nodes(ids:)', () => {
  it('answers null for ids that name nothing, without errors or log lines', async () => {
    const logged: unknown[] = [];
    const { query } = appWith({ logError: (e) => logged.push(e) });
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const page = await query<{ papers: { edges: { node: { id: string } }[] } }>(
      '{ papers(first: 1) { edges { node { id } } } }',
    );
    const known = page.data!.papers.edges[0]!.node.id;
    const ids = [b64('Paper:99999'), 'not an id', b64('Foo:1'), known, b64('Author:123456')];
    const result = await query<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([null, null, null, { id: known }, null]);
    expect(logged).toEqual([]);
  });

  it('takes at most 100 ids', async () => {
    const { query } = appWith();
    const ids = Array.from({ length: 101 }, (_, i) => `id${i}`);
    const result = await query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result.errors?.[0]?.message).toBe(
      '`nodes(ids:)` takes at most 100 ids (got 101); ask in several requests.',
    );
  });
});

describe('HTTP guards', () => {
  it('refuses form and multipart bodies with 415, so no mutation arrives as a cross-site form post', async () => {
    const { yoga } = appWith({ writeToken: 'secret' });
    const mutation = 'mutation { createCollection(input: { name: "x" }) { __typename } }';
    const form = await post(yoga, `query=${encodeURIComponent(mutation)}`, {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: 'Bearer secret',
    });
    expect(form.status).toBe(415);
    const multipart = new FormData();
    multipart.set('operations', JSON.stringify({ query: mutation }));
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      body: multipart,
      headers: { authorization: 'Bearer secret' },
    });
    expect(response.status).toBe(415);
  });

  it('needs the CSRF header for other simple (text/plain) bodies', async () => {
    const { yoga } = appWith();
    const body = JSON.stringify({ query: '{ pillars { slug } }' });
    const plain = await post(yoga, body, { 'content-type': 'text/plain' });
    expect(plain.status).toBe(403);
    expect(await plain.text()).toMatch(/CSRF/);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const { yoga } = appWith({ limits: { maxBodyBytes: 1000 } });
    const body = JSON.stringify({ query: `{ pillars { slug } } # ${'x'.repeat(2000)}` });
    const response = await post(yoga, body, {
      'content-type': 'application/json',
      'content-length': String(body.length),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/limited to 1000 bytes/);
  });

  it('keeps CORS closed unless origins are configured', async () => {
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    };
    const closed = await appWith().yoga.fetch('http://yoga/graphql', preflight);
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = appWith({ switches: { corsOrigins: ['https://lab.example'] } }).yoga;
    const allowed = await open.fetch('http://yoga/graphql', {
      ...preflight,
      headers: { ...preflight.headers, origin: 'https://lab.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://lab.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await open.fetch('http://yoga/graphql', preflight);
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('production switches', () => {
  it('turns introspection off, and field suggestions with it', async () => {
    const { query } = appWith({ switches: { introspection: false } });
    const introspection = await query('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await query('{ paperz { title } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('turns GraphiQL off', async () => {
    const { yoga } = appWith({ switches: { graphiql: false } });
    const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});

describe('health probes', () => {
  it('answers /healthz and /readyz, and fails readiness while draining', async () => {
    const { yoga, app } = appWith();
    expect((await yoga.fetch('http://yoga/healthz')).status).toBe(200);
    expect(await (await yoga.fetch('http://yoga/readyz')).json()).toEqual({ status: 'ready' });
    app.drain();
    const draining = await yoga.fetch('http://yoga/readyz');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'draining' });
  });

  it('fails readiness when the database does not answer', async () => {
    const { db, yoga } = appWith();
    db.close();
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(503);
  });
});

describe('logs', () => {
  it('write one line per request with id, operation, status, duration and cost, but no token or variables', async () => {
    const lines: LogLine[] = [];
    const { query } = appWith({ log: (line) => lines.push(line), writeToken: 'secret-token' });
    await query(
      'query Find($secret: String!) { search(query: $secret) { totalCount } }',
      { secret: 'do-not-log-me' },
      { authorization: 'Bearer secret-token', 'x-request-id': 'req-42' },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      id: 'req-42',
      method: 'POST',
      path: '/graphql',
      operation: 'Find',
      status: 200,
      durationMs: expect.any(Number),
      cost: expect.any(Number),
    });
    expect(JSON.stringify(lines)).not.toMatch(/secret-token|do-not-log-me/);
  });

  it('log unexpected errors with the request id while the client sees only "Unexpected error."', async () => {
    const logged: { error: unknown; id: string | undefined }[] = [];
    const { db, query } = appWith({ logError: (error, id) => logged.push({ error, id }) });
    db.close();
    const result = await query('{ papers(first: 1) { totalCount } }', undefined, {
      'x-request-id': 'req-7',
    });
    expect(result.errors?.[0]?.message).toBe('Unexpected error.');
    expect(logged).toEqual([{ error: expect.any(Error), id: 'req-7' }]);
  });
});
