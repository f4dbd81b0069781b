import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listBundledCorpora } from '../src/cli/build-default-database';
import { loadOntology } from '../src/service/ontology-files';
import { conceptNames } from './synthetic/concept-names';
import { writeCorpus } from './synthetic/write-corpus';

/** One corpus the bench runs on: the files an ingest reads, and the list and metadata alone. */
export interface BenchCorpus {
  name: string;
  /** Every input file (or corpus folder), in ingest order. */
  inputs: string[];
  /** The list and JSONL metadata, the inputs the bare-insert floor understands. */
  floorInputs: [list: string, jsonl: string] | undefined;
  list: string | undefined;
}

const SHARED = resolve(import.meta.dirname, '../../shared/data/visual-rl');
const REAL_LIST = join(SHARED, 'awesome/README.2026-02-10.7441bd7.md');
const SYNTHETIC = /^(\d+)(k?)$/;

/** `real` (../shared, else the bundled corpus), or a synthetic size such as `10k` or `2500`. */
export function prepareCorpus(name: string, dir: string): BenchCorpus {
  if (name === 'real') {
    const files = [
      REAL_LIST,
      join(SHARED, 'paper-metadata.jsonl'),
      join(SHARED, 'readme-citations.bib'),
    ];
    if (files.every((file) => existsSync(file)))
      return { name, inputs: files, floorInputs: undefined, list: REAL_LIST };
    return { name, inputs: listBundledCorpora(), floorInputs: undefined, list: undefined };
  }
  const match = SYNTHETIC.exec(name);
  if (!match) throw new Error(`unknown size "${name}": use real, or a number such as 10k or 2500`);
  const papers = Number(match[1]) * (match[2] ? 1000 : 1);
  const corpus = writeCorpus(join(dir, `synthetic-${name}`), {
    papers,
    seed: 1,
    concepts: conceptNames(loadOntology()),
  });
  return {
    name,
    inputs: [corpus.list, corpus.jsonl, corpus.bibtex],
    floorInputs: [corpus.list, corpus.jsonl],
    list: corpus.list,
  };
}
