// `npm run gen -- --papers N [--seed S] [--out DIR]`: a deterministic synthetic corpus in our
// input formats (awesome-list markdown, BibTeX, JSON Lines with abstracts) for benchmarks.
import { Command, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { loadOntology } from '../src/service/ontology-files';
import { conceptNames } from './synthetic/concept-names';
import { writeCorpus } from './synthetic/write-corpus';

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}

const program = new Command('gen')
  .description('Write a synthetic corpus: list.md, papers.bib and metadata.jsonl')
  .requiredOption('--papers <n>', 'how many papers', positiveInteger)
  .option('--seed <n>', 'random seed (same seed, same files)', positiveInteger, 1)
  .option('--out <dir>', 'output folder (default: .cache/synthetic/<papers>-<seed>)')
  .parse();
const options = program.opts<{ papers: number; seed: number; out?: string }>();
const out = resolve(options.out ?? `.cache/synthetic/${options.papers}-${options.seed}`);
const started = performance.now();
const written = writeCorpus(out, {
  papers: options.papers,
  seed: options.seed,
  concepts: conceptNames(loadOntology()),
});
console.log(
  `${written.papers} papers (${written.placements} list entries) in ${((performance.now() - started) / 1000).toFixed(1)} s:\n  ${written.list}\n  ${written.bibtex}\n  ${written.jsonl}`,
);
