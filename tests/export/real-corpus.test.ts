import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/export/format-csv';
import type { PaperDetails } from '../../src/model/paper/paper';
import { listCitationKeysByPaperIds } from '../../src/store/citation-key.store';
import { openDatabase } from '../../src/store/database';
import { listPaperDetailsByIds } from '../../src/store/paper-details.store';
import { listPaperIds } from '../../src/store/paper.store';
import { run, tempDir } from '../support/cli';
import { createTestGraph, ingestMarkdown } from '../support/graph';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

/** The whole real corpus (newest list + arXiv metadata), as the store holds it after the exports. */
interface Corpus {
  dir: string;
  papers: PaperDetails[];
  keys: string[];
}

async function buildCorpus(): Promise<Corpus> {
  const dir = tempDir();
  const db = join(dir, 'corpus.sqlite');
  const list = sharedAwesomeListFiles().at(-1)!;
  const metadata = sharedFile('paper-metadata.jsonl');
  for (const input of [list, metadata]) {
    expect((await run(['ingest', '--db', db, '--list', 'visual-rl', input])).code).toBe(0);
  }
  for (const [format, file, extra] of EXPORTS) {
    const result = await run([
      'export',
      '--db',
      db,
      '--format',
      format,
      ...extra,
      '-o',
      join(dir, file),
    ]);
    expect(result, result.stderr).toMatchObject({ code: 0 });
  }
  const store = openDatabase(db);
  try {
    const ids = listPaperIds(store, { limit: -1, offset: 0 });
    const keys = listCitationKeysByPaperIds(store, ids);
    return { dir, papers: listPaperDetailsByIds(store, ids), keys: keys.map((key) => key!) };
  } finally {
    store.close();
  }
}

const STYLES = ['apa', 'ieee', 'chicago-author-date'] as const;

const EXPORTS: [format: string, file: string, extra: string[]][] = [
  ['bibtex', 'corpus.bib', []],
  ['biblatex', 'corpus.biblatex.bib', []],
  ['csl-json', 'corpus.csl.json', []],
  ['ris', 'corpus.ris', []],
  ['csv', 'corpus.csv', []],
  ['json', 'corpus.json', []],
  ['markdown', 'corpus.md', []],
  ...STYLES.map((style): [string, string, string[]] => [
    'citations',
    `${style}.txt`,
    ['--style', style],
  ]),
];

/** Our IEEE and Chicago CSL files, registered with citation-js under names of this test's own. */
function registerStyle(style: (typeof STYLES)[number]): string {
  if (style === 'apa') return 'apa';
  const name = `real-corpus-${style}`;
  const templates = plugins.config.get('@csl').templates;
  const file = join(import.meta.dirname, `../../src/export/styles/${style}.csl`);
  if (!templates.has(name)) templates.add(name, readFileSync(file, 'utf8'));
  return name;
}

/** Whitespace collapsed, NFC; Unicode hyphens (U+2010, U+2011) read as `-`, as BibTeX writes them. */
const normalize = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .trim()
    .normalize('NFC');

describeWithSharedData('exports of the whole real corpus, read back by third-party parsers', () => {
  let corpus: Corpus;
  const read = (file: string) => readFileSync(join(corpus.dir, file), 'utf8');

  beforeAll(async () => {
    corpus = await buildCorpus();
  });

  it('gives every paper of the corpus a stored, unique citation key', () => {
    expect(corpus.papers.length).toBeGreaterThanOrEqual(224);
    expect(new Set(corpus.keys).size).toBe(corpus.papers.length);
    expect(corpus.papers.filter((d) => d.authors.length > 0).length).toBeGreaterThan(200);
  });

  describe.each(['corpus.bib', 'corpus.biblatex.bib'])('%s', (file) => {
    it('parses with @retorquere/bibtex-parser with zero errors, each paper once under its key', () => {
      const library = parseBibtex(read(file), { sentenceCase: false });
      expect(library.errors).toEqual([]);
      expect(library.entries.map((entry) => entry.key)).toEqual(corpus.keys);
      library.entries.forEach((entry, i) => {
        const { paper } = corpus.papers[i]!;
        expect(entry.fields.eprint ?? null).toBe(paper.arxivId);
        if (!/[$\\]/.test(paper.title)) {
          expect(normalize(String(entry.fields.title))).toBe(normalize(paper.title));
        }
      });
    });
  });

  it('CSL-JSON renders with citation-js in every style, one reference per paper', () => {
    const items = JSON.parse(read('corpus.csl.json')) as { id: string }[];
    expect(items.map((item) => item.id)).toEqual(corpus.keys);
    const cite = new Cite(items);
    for (const style of STYLES) {
      const html = cite.format('bibliography', { format: 'html', template: registerStyle(style) });
      expect(html.match(/class="csl-entry"/g), style).toHaveLength(items.length);
      expect(html).not.toMatch(/CSL STYLE ERROR|undefined/);
    }
  });

  it.each(STYLES)('formatted %s citations hold one line per paper', (style) => {
    const lines = read(`${style}.txt`).trimEnd().split('\n');
    expect(lines).toHaveLength(corpus.papers.length);
  });

  it('RIS reads back through citation-js with every paper, title and author count', () => {
    const items = new Cite(read('corpus.ris'), { forceType: '@ris/file' }).data;
    expect(items).toHaveLength(corpus.papers.length);
    items.forEach((item, i) => {
      const details = corpus.papers[i]!;
      expect(((item.author as unknown[] | undefined) ?? []).length).toBe(details.authors.length);
      if (!/[$\\]/.test(details.paper.title)) {
        expect(normalize(String(item.title))).toBe(normalize(details.paper.title));
      }
    });
  });

  it('CSV parses strictly with csv-parse: the header, then one row per paper', () => {
    const rows = parseCsv(read('corpus.csv'), { columns: true, skip_empty_lines: false }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    expect(rows.map((row) => row['key'])).toEqual(corpus.keys);
    rows.forEach((row, i) => {
      const { paper } = corpus.papers[i]!;
      expect(row['title']).toBe(paper.title);
      expect(row['arxivId']).toBe(paper.arxivId ?? '');
    });
  });

  it('JSON parses with the same keys, in the same order', () => {
    const records = JSON.parse(read('corpus.json')) as { key: string; title: string }[];
    expect(records.map((record) => record.key)).toEqual(corpus.keys);
  });

  it('Markdown re-ingests to the same papers in the same sections, unplaced ones under their own', () => {
    const graph = createTestGraph();
    const summary = ingestMarkdown(graph.db, read('corpus.md'), 'corpus.md', 'round-trip');
    expect(summary.skipped).toEqual([]);
    const again = listPaperDetailsByIds(graph.db, listPaperIds(graph.db, { limit: -1, offset: 0 }));
    expect(again.map(identify).sort()).toEqual(corpus.papers.map(identify).sort());
    const placements = (papers: PaperDetails[]) =>
      papers
        .flatMap((d) =>
          (d.sections.length > 0 ? d.sections : [['Not in any section']]).map(
            (path) => `${identify(d)} @ ${path.join(' / ')}`,
          ),
        )
        .sort();
    expect(placements(again)).toEqual(placements(corpus.papers));
  });
});

function identify({ paper }: PaperDetails): string {
  return paper.arxivId ? `arXiv:${paper.arxivId}` : `title:${normalize(paper.title)}`;
}
