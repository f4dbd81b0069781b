/**
 * `npm run load [-- --duration 60 --clients 8 --abusers 2 --db FILE --ingest FILE]`: the real
 * server on loopback under a mix of normal queries (a page, a paper's details, a search, an
 * analysis) from several clients while others send abusive queries. Prints held throughput,
 * latency percentiles of the normal queries, error counts and the server's memory before and
 * after. Not part of `npm test`; bounded by --duration (default 60 s).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    clients: { type: 'string', default: '8' },
    abusers: { type: 'string', default: '2' },
    db: { type: 'string', default: join(import.meta.dirname, '../db/surveygraph.sqlite') },
    ingest: { type: 'string' },
  },
});

const NORMAL: Record<string, string> = {
  page: '{ papers(first: 50) { totalCount edges { node { title year venue authors { name } sections { path } } } } }',
  detail:
    '{ papers(first: 1, orderBy: NEWEST) { edges { node { title provenance { fact value } links { kind url } algorithms { relation algorithm { name } } } } } }',
  search:
    '{ search(query: "grpo image generation", first: 10) { totalCount edges { score node { title } } facets { pillars { value count } } } }',
  analysis:
    '{ matrix(rows: PILLAR, columns: ALGORITHM_FAMILY) { cells { rowKey columnKey count } } }',
};
const ABUSIVE = [
  '{ papers(first:100){ edges { node { title authors { papers(first:100){ edges { node { title authors { papers(first:100){ edges { node { title } } } } } } } } } } } }',
  '{ papers(first: 100) { edges { node { authors { papers(first: 100) { edges { node { title } } } } } } } }',
  `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
  `{ search(query: "${'grpo '.repeat(200)}") { totalCount } }`,
];

interface Stats {
  latencies: number[];
  errors: number;
  refused: number;
}

async function main(): Promise<void> {
  const durationMs = Number(values.duration) * 1000;
  const server = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '../bin/surveygraph.js'),
      'serve',
      '--port',
      '0',
      '--build-if-missing',
      '--db',
      values.db!,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /at (http:\/\/\S+\/graphql)/.exec(err);
      if (match) resolve(match[1]!);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  const rssBefore = rssOf(server.pid!);
  const stats = new Map<string, Stats>();
  const until = performance.now() + durationMs;
  const send = async (kind: string, query: string, variables?: unknown) => {
    const entry = stats.get(kind) ?? { latencies: [], errors: 0, refused: 0 };
    stats.set(kind, entry);
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      entry.latencies.push(performance.now() - started);
      if (response.status !== 200 || body.errors)
        entry[kind === 'abusive' ? 'refused' : 'errors'] += 1;
    } catch {
      entry.errors += 1;
    }
  };
  const normalClient = async (offset: number) => {
    const kinds = Object.keys(NORMAL);
    for (let i = offset; performance.now() < until; i += 1) {
      const kind = kinds[i % kinds.length]!;
      await send(kind, NORMAL[kind]!);
    }
  };
  const abuser = async (offset: number) => {
    const ids = Array.from({ length: 100 }, (_, i) =>
      Buffer.from(`Paper:${900000 + i}`).toString('base64'),
    );
    for (let i = offset; performance.now() < until; i += 1) {
      const query = ABUSIVE[i % ABUSIVE.length]!;
      await send('abusive', query, query.includes('$ids') ? { ids } : undefined);
    }
  };
  const ingest = values.ingest ? runIngest(values.ingest) : undefined;
  await Promise.all([
    ...Array.from({ length: Number(values.clients) }, (_, i) => normalClient(i)),
    ...Array.from({ length: Number(values.abusers) }, (_, i) => abuser(i)),
  ]);
  const rssAfter = rssOf(server.pid!);
  await ingest;
  server.kill('SIGTERM');
  report(stats, durationMs, rssBefore, rssAfter);
}

function runIngest(file: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, '../bin/surveygraph.js'), 'ingest', '--db', values.db!, file],
    {
      stdio: 'inherit',
    },
  );
  return new Promise((resolve) => child.on('exit', () => resolve()));
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function report(
  stats: Map<string, Stats>,
  durationMs: number,
  before: number,
  after: number,
): void {
  const seconds = durationMs / 1000;
  const normal = [...stats].filter(([kind]) => kind !== 'abusive');
  const all = normal.flatMap(([, s]) => s.latencies).sort((a, b) => a - b);
  const line = (label: string, s: { latencies: number[]; errors: number; refused: number }) => {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    return `${label.padEnd(9)} ${(sorted.length / seconds).toFixed(1).padStart(7)} req/s  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms  errors ${s.errors}  refused ${s.refused}`;
  };
  console.log(
    `load for ${seconds} s: ${values.clients} normal clients, ${values.abusers} abusive clients${values.ingest ? ', one ingest' : ''}`,
  );
  for (const [kind, s] of stats) console.log(line(kind, s));
  console.log(
    line('normal', {
      latencies: all,
      errors: normal.reduce((n, [, s]) => n + s.errors, 0),
      refused: 0,
    }),
  );
  console.log(`server RSS: ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`);
}

await main();
