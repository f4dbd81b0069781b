import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusOptions } from './generate-corpus';
import {
  formatBibtexEntry,
  formatJsonLine,
  formatListEntry,
  generatePapers,
} from './generate-corpus';
import { SECTIONS } from './vocabulary';

export const CORPUS_FILE_NAMES = {
  list: 'list.md',
  bibtex: 'papers.bib',
  jsonl: 'metadata.jsonl',
} as const;

export interface WrittenCorpus {
  list: string;
  bibtex: string;
  jsonl: string;
  papers: number;
  placements: number;
}

/** Writes the three files under `dir`, streaming BibTeX and JSONL; the list is grouped by section. */
export function writeCorpus(dir: string, options: CorpusOptions): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const paths = {
    list: join(dir, CORPUS_FILE_NAMES.list),
    bibtex: join(dir, CORPUS_FILE_NAMES.bibtex),
    jsonl: join(dir, CORPUS_FILE_NAMES.jsonl),
  };
  const bibtex = openSync(paths.bibtex, 'w');
  const jsonl = openSync(paths.jsonl, 'w');
  const bySection = new Map<string, string[]>(SECTIONS.map((section) => [section, []]));
  let placements = 0;
  for (const paper of generatePapers(options)) {
    const entry = formatListEntry(paper);
    for (const section of paper.sections) bySection.get(section)!.push(entry);
    placements += paper.sections.length;
    if (paper.hasBibtex) writeSync(bibtex, `${formatBibtexEntry(paper)}\n`);
    writeSync(jsonl, formatJsonLine(paper));
  }
  closeSync(bibtex);
  closeSync(jsonl);
  const list = openSync(paths.list, 'w');
  writeSync(
    list,
    `# Awesome Synthetic Visual RL\n\nA generated list of ${options.papers} papers (seed ${options.seed}) for benchmarks.\n`,
  );
  let top = '';
  for (const [section, entries] of bySection) {
    const [heading, sub] = section.split(' > ') as [string, string];
    if (heading !== top) writeSync(list, `\n## ${(top = heading)}\n`);
    writeSync(list, `\n### ${sub}\n\n`);
    for (let i = 0; i < entries.length; i += 1000)
      writeSync(list, entries.slice(i, i + 1000).join('\n'));
  }
  closeSync(list);
  return { ...paths, papers: options.papers, placements };
}
