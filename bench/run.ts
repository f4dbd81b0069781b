// `npm run bench [-- --sizes real,10k,100k] [--runs N] [--out FILE]`: every figure side by side
// with its baseline measured in the same run (ratios: this machine is shared and noisy), printed
// and written as JSON (bench/results/latest.json) so runs can be compared.
import { Command } from 'commander';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PaperIndex } from '../src/search/paper-index';
import { openDatabase } from '../src/store/database';
import { benchExport } from './export';
import { benchHttp } from './bench-http';
import { benchIngest } from './bench-ingest';
import { benchSearch } from './bench-search';
import { benchStartup } from './bench-startup';
import { canMeasureCpu } from './process-time';
import { benchSearchQuality } from './search-quality';
import { prepareCorpus } from './sizes';

const options = new Command('bench')
  .option('--sizes <list>', 'corpora: real and/or synthetic sizes (10k, 100k, 2500)', 'real,10k')
  .option('--runs <n>', 'repetitions of quick measurements (requests, searches)', '200')
  .option('--out <file>', 'where to write the JSON results', 'bench/results/latest.json')
  .parse()
  .opts<{ sizes: string; runs: string; out: string }>();

const dir = mkdtempSync(join(tmpdir(), 'surveygraph-bench-'));
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  cpuMeasured: canMeasureCpu,
};
const results: Record<string, unknown> = { date: new Date().toISOString(), machine, sizes: {} };
console.log(
  `surveygraph bench — node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB`,
);
if (!canMeasureCpu) console.log('(/usr/bin/time missing: whole-process CPU and RSS not measured)');

const out = resolve(options.out);
mkdirSync(dirname(out), { recursive: true });
try {
  for (const size of options.sizes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    results['sizes'] = { ...(results['sizes'] as object), [size]: await benchSize(size) };
    // Written after each size, so a long run that fails later still leaves its figures.
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Judged-query quality and latency (recall@10, nDCG, MRR; variants side by side), real data only.
if (options.sizes.split(',').some((size) => size.trim() === 'real')) await benchSearchQuality();
console.log(`\nresults: ${out}`);

async function benchSize(size: string) {
  console.log(`\n== ${size}`);
  const corpus = prepareCorpus(size, dir);
  const big = /^\d+k$/.test(size) && Number(size.slice(0, -1)) >= 50;
  const ingest = await benchIngest(corpus, dir, big || size !== 'real' ? 1 : 3);
  // The database of the first measured ingest serves every measurement below.
  const { database: dbPath, papers } = ingest;
  // lint re-parses the whole list per run: its start-up target is about the real corpus.
  const startup = await benchStartup(
    dbPath,
    size === 'real' ? corpus.list : undefined,
    big ? 3 : 5,
  );
  const runs = big ? Math.ceil(Number(options.runs) / 4) : Number(options.runs);
  const db = openDatabase(dbPath);
  const index = PaperIndex.open(db);
  const search = await benchSearch(db, runs);
  const http = await benchHttp(db, index, runs);
  db.close();
  // Formatted references (citeproc) take seconds per call at the real size: measured there only.
  const exports = big
    ? 'skipped at this size'
    : await benchExport(dbPath, size === 'real' ? {} : { citations: false, runs: 3 });
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`bench process peak RSS so far: ${peakRssMb} MB`);
  return { papers, ingest, startup, search, http, exports, benchPeakRssMb: peakRssMb };
}
