import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ProcessCost } from './process-time';
import { openDatabase } from '../src/store/database';
import { runNode } from './process-time';
import type { BenchCorpus } from './sizes';
import type { Spread } from './stats';
import { ratio, round, show, spread } from './stats';

const BIN = resolve(import.meta.dirname, '../bin/surveygraph.js');
const FLOOR = resolve(import.meta.dirname, 'floor/bare-insert.js');

export interface IngestSide {
  wallMs: Spread;
  cpuMs: Spread | null;
  peakRssMb: Spread | null;
  papersPerSecond: number;
  dbMb: number;
}

export interface IngestFigures {
  papers: number;
  /** The first database ours wrote, kept for the measurements that follow. */
  database: string;
  ours: IngestSide;
  floor: IngestSide | null;
  cpuRatio: number | null;
  rssRatio: number | null;
  dbRatio: number | null;
}

/** Whole-process ingests into fresh databases: ours (the CLI) beside the bare-insert floor. */
export async function benchIngest(
  corpus: BenchCorpus,
  dir: string,
  runs: number,
): Promise<IngestFigures> {
  const inputs = corpus.floorInputs ?? corpus.inputs;
  const database = join(dir, `${corpus.name}-ours-0.sqlite`);
  const first = await runNode([BIN, 'ingest', '--list', 'bench', ...inputs, '--db', database]);
  if (first.code !== 0) throw new Error(`ingest failed (${first.code}): ${first.stderr}`);
  const papers = countPapers(database);
  const ours = await repeat(
    runs,
    (i) => {
      const db = join(dir, `${corpus.name}-ours-${i + 1}.sqlite`);
      return [[BIN, 'ingest', '--list', 'bench', ...inputs, '--db', db], db];
    },
    papers,
  );
  const floor = corpus.floorInputs
    ? await repeat(
        Math.max(3, runs),
        (i) => {
          const db = join(dir, `${corpus.name}-floor-${i}.sqlite`);
          return [[FLOOR, ...corpus.floorInputs!, db], db];
        },
        papers,
      )
    : null;
  const figures: IngestFigures = {
    papers,
    database,
    ours,
    floor,
    cpuRatio: floor?.cpuMs && ours.cpuMs ? ratio(ours.cpuMs, floor.cpuMs) : null,
    rssRatio: floor?.peakRssMb && ours.peakRssMb ? ratio(ours.peakRssMb, floor.peakRssMb) : null,
    dbRatio: floor ? ratio(ours.dbMb, floor.dbMb) : null,
  };
  console.log(
    `ingest ${corpus.name} (${papers} papers, ${runs} run(s)): ${show(ours.wallMs)} wall, ${show(ours.cpuMs)} CPU, ${show(ours.peakRssMb, 'MB')} peak RSS, ${ours.papersPerSecond} papers/s, ${ours.dbMb} MB database`,
  );
  if (floor)
    console.log(
      `  bare-insert floor: ${show(floor.wallMs)} wall, ${show(floor.cpuMs)} CPU, ${show(floor.peakRssMb, 'MB')}, ${floor.dbMb} MB → CPU ${figures.cpuRatio}×, RSS ${figures.rssRatio}×, size ${figures.dbRatio}×`,
    );
  return figures;
}

async function repeat(
  runs: number,
  command: (run: number) => [args: string[], db: string],
  papers: number,
): Promise<IngestSide> {
  const costs: ProcessCost[] = [];
  let dbMb = 0;
  for (let i = 0; i < runs; i++) {
    const [args, db] = command(i);
    const cost = await runNode(args);
    if (cost.code !== 0) throw new Error(`${args.join(' ')} failed (${cost.code}): ${cost.stderr}`);
    costs.push(cost);
    dbMb = round(fileMb(db) + fileMb(`${db}-wal`));
  }
  const wallMs = spread(costs.map((c) => c.wallMs));
  return {
    wallMs,
    cpuMs: costs[0]!.cpuMs === null ? null : spread(costs.map((c) => c.cpuMs!)),
    peakRssMb: costs[0]!.peakRssMb === null ? null : spread(costs.map((c) => c.peakRssMb!)),
    papersPerSecond: Math.round(papers / (wallMs.median / 1000)),
    dbMb,
  };
}

function fileMb(path: string): number {
  return existsSync(path) ? statSync(path).size / 2 ** 20 : 0;
}

function countPapers(path: string): number {
  const db = openDatabase(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM papers').pluck().get() as number;
  } finally {
    db.close();
  }
}
