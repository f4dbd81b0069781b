import { resolve } from 'node:path';
import { runNode } from './process-time';
import type { Spread } from './stats';
import { ratio, show, spread } from './stats';

const BIN = resolve(import.meta.dirname, '../bin/surveygraph.js');
const QUERY_ONCE = resolve(import.meta.dirname, 'floor/query-once.js');
const SERVE_ONCE = resolve(import.meta.dirname, 'floor/serve-once.js');

export interface StartupFigure {
  wallMs: Spread;
  cpuMs: Spread | null;
  wallRatio: number;
  cpuRatio: number | null;
}

/** Whole processes as a user waits for them, each beside the bare-node floor. */
export async function benchStartup(db: string, list: string | undefined, runs: number) {
  const floor = await measure(runs, () => [QUERY_ONCE, db]);
  const commands: Record<string, string[]> = {
    stats: [BIN, 'stats', '--db', db],
    search: [BIN, 'search', 'grpo', 'image', 'generation', '--db', db],
    ...(list ? { lint: [BIN, 'lint', list] } : {}),
  };
  const figures: Record<string, StartupFigure> = {};
  console.log(
    `start-up floor (node opens the database, one query): ${show(floor.wallMs)} wall, ${show(floor.cpuMs)} CPU`,
  );
  for (const [name, args] of Object.entries(commands)) {
    const cost = await measure(runs, () => args);
    figures[name] = compare(cost, floor);
    console.log(
      `  surveygraph ${name}: ${show(cost.wallMs)} wall, ${show(cost.cpuMs)} CPU → ${figures[name].wallRatio}× wall, ${figures[name].cpuRatio ?? 'n/a'}× CPU`,
    );
  }
  const serveFloor = await measure(runs, () => [SERVE_ONCE, db], true);
  const serve = await measure(runs, () => [BIN, 'serve', '--port', '0', '--db', db], true);
  figures['serve'] = compare(serve, serveFloor);
  console.log(
    `server start to first answer: ${show(serve.wallMs)} wall, ${show(serve.cpuMs)} CPU; node:http floor ${show(serveFloor.wallMs)} → ${figures['serve'].wallRatio}× wall`,
  );
  return { floor, serveFloor, commands: figures };
}

function compare(
  cost: { wallMs: Spread; cpuMs: Spread | null },
  floor: { wallMs: Spread; cpuMs: Spread | null },
): StartupFigure {
  return {
    ...cost,
    wallRatio: ratio(cost.wallMs, floor.wallMs),
    cpuRatio: cost.cpuMs && floor.cpuMs ? ratio(cost.cpuMs, floor.cpuMs) : null,
  };
}

/** `server`: until the process prints its URL and answers one GraphQL query over HTTP. */
async function measure(runs: number, args: () => string[], server = false) {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cost = await runNode(args(), server ? { until: firstAnswer } : {});
    if (!server && cost.code !== 0 && cost.code !== 1)
      throw new Error(`${args().join(' ')} failed (${cost.code}): ${cost.stderr}`);
    walls.push(cost.wallMs);
    if (cost.cpuMs !== null) cpus.push(cost.cpuMs);
  }
  return { wallMs: spread(walls), cpuMs: cpus.length ? spread(cpus) : null };
}

function firstAnswer(stderr: string): Promise<void> | undefined {
  const url = /(http:\/\/\S+\/graphql)/.exec(stderr)?.[1];
  if (!url) return undefined;
  return fetch(url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ papers(first: 1) { totalCount } }' }),
  }).then((response) => response.text().then(() => undefined));
}
