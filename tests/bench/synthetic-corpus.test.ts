import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorName, generatePapers } from '../../bench/synthetic/generate-corpus';
import { conceptNames } from '../../bench/synthetic/concept-names';
import { writeCorpus } from '../../bench/synthetic/write-corpus';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import { ingestFiles } from '../../src/cli/ingest-command';
import { loadOntology } from '../../src/service/ontology-files';
import { openDatabase } from '../../src/store/database';
import { quietIo } from '../../bench/measure';
import { tempDir } from '../support/cli';

const concepts = conceptNames(loadOntology());
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function write(papers: number, seed: number) {
  return writeCorpus(join(tempDir(), `corpus-${papers}-${seed}`), { papers, seed, concepts });
}

describe('the synthetic corpus generator', () => {
  it('writes the same bytes for the same seed and different ones for another seed', () => {
    const [a, b, c] = [write(300, 5), write(300, 5), write(300, 6)];
    for (const file of ['list', 'bibtex', 'jsonl'] as const) {
      expect(hashOf(a[file])).toBe(hashOf(b[file]));
      expect(hashOf(a[file])).not.toBe(hashOf(c[file]));
    }
  });

  it('writes a list, BibTeX and JSON Lines that our parsers read without a skip', () => {
    const corpus = write(400, 11);
    const list = parseAwesomeList(readFileSync(corpus.list, 'utf8'), corpus.list);
    expect(list.skipped).toEqual([]);
    expect(list.records).toHaveLength(corpus.placements);
    expect(new Set(list.records.map((r) => r.arxivId)).size).toBe(400);
    expect(corpus.placements).toBeGreaterThan(400);
    const bibText = readFileSync(corpus.bibtex, 'utf8');
    const bib = parseBibtex(bibText, corpus.bibtex);
    expect(bib.skipped).toEqual([]);
    expect(bib.records).toHaveLength(bibText.match(/^@/gm)!.length);
    expect(bib.records.length).toBeGreaterThan(150);
    const jsonl = parsePaperJsonl(readFileSync(corpus.jsonl, 'utf8'), corpus.jsonl);
    expect(jsonl.skipped).toEqual([]);
    expect(jsonl.records).toHaveLength(400);
    expect(jsonl.records.filter((r) => r.abstract).length).toBeGreaterThan(350);
  });

  it('draws authors from a long-tailed (Zipf) distribution', () => {
    const counts = new Map<string, number>();
    for (const paper of generatePapers({ papers: 2000, seed: 3, concepts }))
      for (const name of paper.authors) counts.set(name, (counts.get(name) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(counts.get(authorName(0))).toBe(sorted[0]);
    expect(sorted[0]).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]!);
    expect(sorted.filter((n) => n === 1).length).toBeGreaterThan(sorted.length / 3);
  });

  it('ingests into a graph whose papers have abstracts and entity links from the text', () => {
    const corpus = write(200, 8);
    const db = join(tempDir(), 'synthetic.sqlite');
    ingestFiles([corpus.list, corpus.jsonl, corpus.bibtex], { db, list: 'synthetic' }, quietIo);
    const graph = openDatabase(db, { readonly: true });
    const count = (sql: string) => graph.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM papers')).toBe(200);
    expect(count('SELECT count(*) FROM papers WHERE abstract IS NOT NULL')).toBeGreaterThan(170);
    expect(count('SELECT count(DISTINCT paper_id) FROM paper_entities')).toBeGreaterThan(150);
    graph.close();
  });
});
