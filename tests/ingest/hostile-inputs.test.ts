import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import { run, tempDir } from '../support/cli';

/**
 * Hostile inputs for every ingest format, generated here (the large ones would bloat the repo).
 * Each must end in a clear refusal naming the file (exit 2, database unchanged byte for byte) or
 * in an ingest that names what it skipped; never in "internal error", and in bounded time.
 */
const V1 = join(import.meta.dirname, 'fixtures/list version one.md');
const ATOM = readFileSync(
  join(
    import.meta.dirname,
    'arxiv/fixtures/feed with a revised paper, a doi and a journal ref.xml',
  ),
  'utf8',
);
const BIB_ENTRY =
  '@misc{key1,\n  title = {A paper},\n  author = {Doe, Jane},\n  year = {2025},\n  eprint = {2503.07365}\n}\n';
const JSONL_LINE = JSON.stringify({
  arxiv_id: '2503.07365',
  title: 'MM-Eureka',
  authors: ['Fanqing Meng'],
  abstract: null,
  published: null,
  source_url: 'https://arxiv.org/abs/2503.07365',
  authors_source_url: null,
});
const MB20 = 20 * 1024 * 1024 + 10;

type Content = string | Uint8Array;
interface HostileCase {
  name: string;
  ext: string;
  content: () => Content;
  /** What stderr must say, besides naming the file. */
  message: RegExp;
}

const common = (ext: string, wrap: (line: string) => string): HostileCase[] => [
  { name: 'empty', ext, content: () => '', message: /the file is empty/ },
  {
    name: 'binary',
    ext,
    content: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    message: /binary content: NUL byte at offset 8/,
  },
  {
    name: 'invalid utf-8',
    ext,
    content: () => Buffer.concat([Buffer.from(wrap('caf')), Buffer.from([0xc3, 0x28])]),
    message: /invalid UTF-8: byte 0xc3/,
  },
  {
    name: 'NUL in the middle',
    ext,
    content: () => `${wrap('one')}\n\u0000\n${wrap('two')}`,
    message: /binary content: NUL byte/,
  },
  {
    name: 'a 20 MB single line',
    ext,
    content: () => wrap('x'.repeat(MB20)),
    message: /above the limit of/,
  },
];

const CASES: HostileCase[] = [
  ...common('md', (s) => `+ [${s}](https://arxiv.org/abs/2503.07365)`),
  {
    name: '10 000 nested list levels',
    ext: 'md',
    content: () => `${'- '.repeat(10_000)}[p](https://arxiv.org/abs/2503.07365)`,
    message: /:1: a line of 20037 characters, above the limit of 20000/,
  },
  {
    name: '9 000 nested list levels',
    ext: 'md',
    content: () => `${'* '.repeat(9_000)}[p](https://arxiv.org/abs/2503.07365)`,
    message: /:1: nesting 9000 levels deep, above the limit of 32/,
  },
  {
    name: '10 000 nested block quotes',
    ext: 'md',
    content: () => `${'>'.repeat(10_000)} [p](https://arxiv.org/abs/2503.07365)`,
    message: /:1: nesting 10000 levels deep, above the limit of 32/,
  },
  {
    name: '130 000 entries',
    ext: 'md',
    content: () =>
      Array.from({ length: 130_000 }, (_, i) => `- [P${i}](https://x.org/${i})`).join('\n'),
    message: /above the limit of/,
  },
  {
    name: 'unbalanced brackets and a truncated entry',
    ext: 'md',
    content: () => '# List\n\n+ [[[A paper that never closes](https://arxiv.org/abs/2501.0',
    message: /no list entries found|not a paper list/,
  },
  // BibTeX that is not UTF-8 is read as Windows-1252 with a warning (tests/cli/ingest-command).
  ...common('bib', (s) => `@misc{k, title = {${s}}}`).filter((c) => c.name !== 'invalid utf-8'),
  {
    name: '10 000 nested braces',
    ext: 'bib',
    content: () => `@misc{k, title =\n${'{\n'.repeat(10_000)}x${'}'.repeat(10_000)}}`,
    message: /:10001: nesting 10001 levels deep, above the limit of 32/,
  },
  {
    name: '130 000 entries',
    ext: 'bib',
    content: () =>
      Array.from({ length: 130_000 }, (_, i) => `@misc{k${i}, title = {P}}`).join('\n'),
    message: /above the limit of/,
  },
  {
    name: 'an unterminated entry only',
    ext: 'bib',
    content: () => '@article{broken,\n  title = {Never closed,\n  year = {2025}\n',
    message: /no bibtex records found|not BibTeX|nothing was written/,
  },
  ...common('jsonl', (s) => JSON.stringify({ title: s })),
  {
    name: '10 000 nested arrays',
    ext: 'jsonl',
    content: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    message: /:1: nesting 10000 levels deep, above the limit of 32/,
  },
  {
    name: 'only broken lines',
    ext: 'jsonl',
    content: () => '{"arxiv_id": "2503.07365", "title": \n{"oops"\n]\n',
    message: /not paper JSON Lines|no jsonl records found/,
  },
  ...common('xml', (s) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>${s}</title></feed>`),
  {
    name: '10 000 nested elements',
    ext: 'xml',
    content: () =>
      `<feed xmlns="http://www.w3.org/2005/Atom">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</feed>`,
    message: /nesting 10001 levels deep, above the limit of 32/,
  },
  {
    name: '100 000 entries',
    ext: 'xml',
    content: () =>
      `<feed xmlns="http://www.w3.org/2005/Atom">\n${'<entry></entry>\n'.repeat(100_000)}</feed>`,
    message: /100000 entries, above the limit of 50000/,
  },
  {
    name: 'billion laughs',
    ext: 'xml',
    content: () =>
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n${ATOM.replace('<title>', '<title>&lol9;')}`,
    message: /:2: DOCTYPE and ENTITY declarations are refused/,
  },
  {
    name: 'an external entity (XXE)',
    ext: 'xml',
    content: () =>
      `<?xml version="1.0"?>\n<!DOCTYPE feed [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n${ATOM.replace('<title>', '<title>&xxe;')}`,
    message: /DOCTYPE and ENTITY declarations are refused/,
  },
  {
    name: 'a truncated feed',
    ext: 'xml',
    content: () => ATOM.slice(0, Math.floor(ATOM.length / 2)),
    message: /\.xml/,
  },
];

describe('hostile inputs', () => {
  const dir = tempDir();
  const db = join(dir, 'graph.sqlite');

  it.each(CASES.map((c) => [`${c.ext}: ${c.name}`, c] as const))(
    '%s: refused clearly, nothing written, no internal error',
    async (_label, hostile) => {
      if (!readFileExists(db)) {
        expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
      }
      const file = join(dir, `${hostile.name.replace(/\W+/g, '-')}.${hostile.ext}`);
      writeFileSync(file, hostile.content());
      const before = readFileSync(db);
      const result = await run(['ingest', '--db', db, '--list', 'demo', file]);
      expect(result.stderr).not.toMatch(/internal error/);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(basename(file));
      expect(result.stderr).toMatch(hostile.message);
      expect(readFileSync(db).equals(before)).toBe(true);
    },
    60_000,
  );

  it('reads 100 000 JSON Lines records in bounded time (the format with no entry limit below that)', () => {
    const text = Array.from({ length: 100_000 }, (_, i) =>
      JSONL_LINE.replace('2503.07365', `2503.${String(i).padStart(5, '0')}`),
    ).join('\n');
    const parsed = parsePaperJsonl(text, 'many.jsonl');
    expect(parsed.records).toHaveLength(100_000);
  }, 60_000);

  it('keeps the good BibTeX entries of a file with a duplicate key and an unterminated entry, naming the lines', async () => {
    const file = join(dir, 'duplicate and unterminated.bib');
    writeFileSync(
      file,
      `${BIB_ENTRY}\n${BIB_ENTRY.replace('A paper', 'Another title')}\n${BIB_ENTRY.replace('key1', 'key2').replace('2503.07365', '2506.04559')}\n@article{broken,\n  title = {Never closed\n`,
    );
    const result = await run(['ingest', '--db', db, '--verbose', file]);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/duplicate and unterminated\.bib:\d+/);
  }, 60_000);
});

function readFileExists(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}
