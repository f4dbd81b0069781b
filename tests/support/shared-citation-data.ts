import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

const sharedData = resolve(import.meta.dirname, '../../../shared/data');

/** The real unarXive sample (49 papers, 1 786 bib entries) in ../shared. */
export const unarxiveSample = join(
  sharedData,
  'citations/unarxive-sample/arXiv_src_2212_086.jsonl',
);

/** The Awesome-RL-for-LRMs list and its survey's own bibliography (arXiv 2509.08827). */
export const lrmList = join(sharedData, 'lists/Awesome-RL-for-LRMs.2026-08-20.8e1040a.md');
export const lrmBibliography = join(
  sharedData,
  'lists/Awesome-RL-for-LRMs.2026-08-20.8e1040a.reference.bib',
);

/** `describe` over real files in ../shared; skipped, saying why, when they are absent. */
export function describeWithFiles(name: string, files: string[], body: () => void): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length === 0) describe(name, body);
  else describe.skip(name, () => it.skip(`needs ${missing.join(', ')}, which is absent`, () => {}));
}
