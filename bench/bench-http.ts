import type { RequestListener } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeGlobalIdOf } from '../src/api/global-id';
import { createApp } from '../src/server/app';
import type { PaperIndex } from '../src/search/paper-index';
import type { Db } from '../src/store/database';
import { handWrittenPage } from './floor/hand-written-page';
import type { Spread } from './stats';
import { ratio, round, show, spread } from './stats';

const PAGE = `{ papers(first: 100) { totalCount edges { node { title year authors { name }
  sections { name path } algorithms { relation algorithm { name } } } } } }`;
const MATRIX = `{ matrix(rows: PILLAR, columns: ALGORITHM_FAMILY) { rows { key total }
  columns { key total } cells { rowKey columnKey count } } }`;
const detail = (id: string) => `{ node(id: "${id}") { ... on Paper { title abstract authors { name }
  sections { path } algorithms { algorithm { name } } } }
  related(paper: "${id}", first: 10) { score reason paper { title } } }`;

export interface RequestFigures {
  http: Spread;
  inProcess: Spread;
  /** CPU of this process per HTTP request (server and client both live here). */
  cpuMsPerRequest: number;
  baseline?: { http: Spread; cpuMsPerRequest: number; latencyRatio: number; cpuRatio: number };
}

/** GraphQL over HTTP (one client, in series), in-process, and the page beside a hand-written handler. */
export async function benchHttp(db: Db, index: PaperIndex, runs: number) {
  const { yoga } = createApp({ db, index });
  const graphql = await listen(yoga as unknown as RequestListener);
  const baseline = await listen(handWrittenPage(db));
  const post = (url: string, query: string) => async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const inProcess = (query: string) => async () => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    await response.text();
  };
  const firstId = await firstPaperId(graphql.url);
  // `related` builds its TF-IDF model on first use (about 2 s at 100k): built here, timed on its
  // own, so the requests below measure what follows it.
  const modelBuilt = performance.now();
  index.similarPapers(decodeGlobalIdOf('Paper', firstId), 10);
  const textModelMs = round(performance.now() - modelBuilt);
  console.log(`  related: text-similarity model built in ${textModelMs} ms (on the first request)`);
  const queries: Record<string, string> = {
    page: PAGE,
    detailWithRelated: detail(firstId),
    matrix: MATRIX,
  };
  const figures: Record<string, RequestFigures> = {};
  for (const [name, query] of Object.entries(queries)) {
    const http = await time(runs, post(graphql.url, query));
    const local = await time(runs, inProcess(query));
    figures[name] = { http: http.spread, inProcess: local.spread, cpuMsPerRequest: http.cpuMs };
    if (name === 'page') {
      const hand = await time(runs, post(baseline.url, ''));
      figures[name].baseline = {
        http: hand.spread,
        cpuMsPerRequest: hand.cpuMs,
        latencyRatio: ratio(http.spread, hand.spread),
        cpuRatio: ratio(http.cpuMs, hand.cpuMs),
      };
    }
    const b = figures[name].baseline;
    console.log(
      `  GraphQL ${name}: HTTP ${show(http.spread)}, ${http.cpuMs} ms CPU/request (≈${Math.round(1000 / http.cpuMs)} req/s per core); in-process ${show(local.spread)}${b ? `; hand-written node:http ${show(b.http)}, ${b.cpuMsPerRequest} ms CPU → ${b.latencyRatio}× latency, ${b.cpuRatio}× CPU` : ''}`,
    );
  }
  await Promise.all([graphql.close(), baseline.close()]);
  return { ...figures, textModelMs };
}

async function listen(handler: RequestListener) {
  const server = createServer(handler);
  // Longer than any pause between two measured series, so the client never reuses a socket the
  // server is closing (undici then fails with ECONNRESET).
  server.keepAliveTimeout = 600_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((done) => server.close(done)),
  };
}

async function firstPaperId(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ papers(first: 1) { edges { node { id } } } }' }),
  });
  const body = (await response.json()) as {
    data: { papers: { edges: { node: { id: string } }[] } };
  };
  return body.data.papers.edges[0]!.node.id;
}

/** Latencies of `runs` calls in series after a warm-up, and this process's CPU per call. */
export async function time(runs: number, fn: () => Promise<unknown> | unknown) {
  for (let i = 0; i < Math.min(10, runs); i++) await fn();
  const times: number[] = [];
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(before);
  return { spread: spread(times), cpuMs: round((cpu.user + cpu.system) / 1000 / runs) };
}
