// `npm run bench`: speed figures quoted in the README. Not a test: it asserts nothing, it reports.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { listBundledCorpora } from '../src/cli/build-default-database';
import { ingestFiles } from '../src/cli/ingest-command';
import { PaperIndex } from '../src/search/paper-index';
import { openDatabase } from '../src/store/database';
import { createApp } from '../src/server/app';
import { benchAnalysis } from './analysis';
import { benchExport } from './export';
import { benchSearchQuality } from './search-quality';
import { percentile, quietIo, summarise, timeRuns } from './measure';

const shared = resolve(
  import.meta.dirname,
  '../../shared/data/visual-rl/awesome/README.2026-02-10.7441bd7.md',
);
const source = existsSync(shared) ? shared : listBundledCorpora()[0]!;
const dir = mkdtempSync(join(tmpdir(), 'surveygraph-bench-'));

function header(): void {
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(
    `surveygraph bench — node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  console.log(`input: ${source}\n`);
}

/** The list, its paper metadata and the authors' BibTeX: the three shared files in one ingest. */
async function benchFullIngest(): Promise<void> {
  const data = resolve(import.meta.dirname, '../../shared/data/visual-rl');
  const files = [shared, join(data, 'paper-metadata.jsonl'), join(data, 'readme-citations.bib')];
  if (!files.every((file) => existsSync(file)))
    return console.log('(../shared absent: three-file ingest skipped)');
  let n = 0;
  const times = await timeRuns(
    3,
    () => ingestFiles(files, { db: join(dir, `full-${n++}.sqlite`), list: 'visual-rl' }, quietIo),
    1,
  );
  console.log(`ingest of list + metadata + BibTeX, with entity linking: ${summarise(times)}`);
}

async function benchIngest(): Promise<string> {
  let n = 0;
  const times = await timeRuns(
    5,
    () =>
      ingestFiles([source], { db: join(dir, `ingest-${n++}.sqlite`), list: 'visual-rl' }, quietIo),
    1,
  );
  console.log(`ingest of the list into a new database: ${summarise(times)}`);
  const db = join(dir, 'graph.sqlite');
  ingestFiles([source], { db, list: 'visual-rl' }, quietIo);
  return db;
}

async function benchStartup(dbPath: string): Promise<void> {
  const cold = await timeRuns(10, () => {
    const db = openDatabase(dbPath);
    db.prepare('DELETE FROM search_index').run();
    PaperIndex.open(db);
    db.close();
  });
  const warm = await timeRuns(10, () => {
    const db = openDatabase(dbPath);
    PaperIndex.open(db);
    db.close();
  });
  console.log(`start-up, saved index stale (re-tokenise): ${summarise(cold)}`);
  console.log(`start-up, saved index reused:              ${summarise(warm)}`);
  console.log(
    `  → reusing the index is ${(percentile(cold, 50) / percentile(warm, 50)).toFixed(1)}× faster`,
  );
}

async function benchHttp(dbPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  const { yoga } = createApp({ db, index: PaperIndex.open(db) });
  const server = createServer(yoga);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = (query: string) => async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const page = await timeRuns(
    200,
    post(
      '{ papers(first: 100) { totalCount edges { node { title year authors { name } sections { name path } } } } }',
    ),
    10,
  );
  const search = await timeRuns(
    200,
    post(
      '{ search(query: "grpo image generation", first: 20) { totalCount edges { score node { title } } facets { pillars { value count } } } }',
    ),
    10,
  );
  console.log(`HTTP: 100-paper page with authors and sections: ${summarise(page)}`);
  console.log(`HTTP: search "grpo image generation" + facets:  ${summarise(search)}`);
  console.log(
    `  → a search costs ${(percentile(search, 50) / percentile(page, 50)).toFixed(2)}× a 100-paper page`,
  );
  await new Promise((done) => server.close(done));
  db.close();
}

header();
const dbPath = await benchIngest();
await benchFullIngest();
await benchStartup(dbPath);
await benchHttp(dbPath);
await benchExport(dbPath);
await benchAnalysis(source, dir);
benchSearchQuality();
rmSync(dir, { recursive: true, force: true });
