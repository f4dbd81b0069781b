import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { CORPUS_FILES } from '../../ingest/corpus/corpus-format';
import { formatCorpus } from '../../ingest/corpus/format-corpus';
import { parseCorpus } from '../../ingest/corpus/parse-corpus';
import { NotThisFormatError } from '../../ingest/types';
import { listBundledCorpora } from '../../src/cli/build-default-database';
import { describeWithSharedData, sharedAwesomeListFiles } from '../support/shared-data';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const manifest = {
  name: 'demo',
  title: 'Demo',
  description: 'A demo list.',
  upstream: { repository: 'example/demo', file: 'README.md' },
};

function readCorpusFolder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
  );
}

describe('the corpus format', () => {
  it('reads back exactly the list, findings and records it was written from, minus abstracts', () => {
    const name = 'list version one.md';
    const parsed = parseAwesomeList(
      readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'),
      name,
    );
    const list = { title: parsed.title, sections: parsed.sections, entries: parsed.records };
    const record = {
      format: 'jsonl' as const,
      source: { file: 'm.jsonl', line: 3 },
      arxivId: '2503.07365',
      authors: ['Fanqing Meng'],
      abstract: 'Not ours to keep.',
    };
    const files = formatCorpus({
      manifest,
      list,
      sectionPillars: new Map([['Visual Generation with RL', 'visual-generation']]),
      skipped: parsed.skipped,
      warnings: parsed.warnings,
      records: [record],
      entityLinks: [],
    });
    const back = parseCorpus(files, 'demo');
    expect(back.list.entries).toEqual(list.entries);
    expect(back.list.sections).toEqual(list.sections);
    expect(back.warnings).toEqual(parsed.warnings);
    expect(back.records).toEqual([
      {
        format: 'jsonl',
        source: { file: 'm.jsonl', line: 3 },
        arxivId: '2503.07365',
        authors: ['Fanqing Meng'],
      },
    ]);
    expect(back.sectionPillars.get('Visual Generation with RL')).toBe('visual-generation');
    expect(files.get(CORPUS_FILES.records)).not.toMatch(/Not ours to keep/);
  });

  it('names the file and line of a malformed corpus line', () => {
    const files = new Map([
      [
        CORPUS_FILES.manifest,
        'name: demo\ntitle: Demo\ndescription: d\nupstream: { repository: r, file: f }\n',
      ],
      [CORPUS_FILES.sections, '{"path":["A"],"line":3}\n'],
      [
        CORPUS_FILES.entries,
        '{"title":"T","url":"u","kind":"web","links":[],"section":["A"],"source":"f:5"}\n{"title":""}\n',
      ],
    ]);
    expect(() => parseCorpus(files, 'db/corpus/demo')).toThrow(NotThisFormatError);
    expect(() => parseCorpus(files, 'db/corpus/demo')).toThrow(
      /db\/corpus\/demo\/entries\.jsonl:2: title/,
    );
  });

  it('ships a bundled corpus that parses and holds no abstracts', () => {
    const [dir] = listBundledCorpora();
    const files = readCorpusFolder(dir!);
    const corpus = parseCorpus(files, dir!);
    expect(corpus.list.entries.length).toBeGreaterThan(200);
    expect(corpus.records.length).toBeGreaterThan(200);
    expect([...files.values()].join('\n')).not.toMatch(/"abstract":/);
  });
});

describeWithSharedData('the bundled corpus against the real newest list', () => {
  it('holds the same entries the parser reads from the list today', () => {
    const newest = sharedAwesomeListFiles().at(-1)!;
    const parsed = parseAwesomeList(readFileSync(newest, 'utf8'), basename(newest));
    const corpus = parseCorpus(readCorpusFolder(listBundledCorpora()[0]!), 'bundled');
    expect(corpus.list.entries).toEqual(parsed.records);
  });
});

describe('a database built from the bundled corpus alone (no abstracts)', () => {
  it('still links papers to what the tagger found in their abstracts when the corpus was built', async () => {
    const { run, tempDir } = await import('../support/cli');
    const db = join(tempDir(), 'corpus.sqlite');
    expect((await run(['ingest', '--db', db, listBundledCorpora()[0]!])).code).toBe(0);
    const result = await run([
      'query',
      '--db',
      db,
      '{ paper(arxivId: "2503.07365") { abstract benchmarks { origin benchmark { slug } evidence { field matchedText } } } }',
    ]);
    const paper = JSON.parse(result.stdout).data.paper;
    expect(paper.abstract).toBeNull();
    expect(paper.benchmarks).toContainEqual({
      origin: 'CORPUS',
      benchmark: { slug: 'mmk12' },
      evidence: { field: 'abstract', matchedText: 'MMK12' },
    });
  });
});
