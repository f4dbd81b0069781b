import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const fixtures = join(import.meta.dirname, '../ingest/fixtures');
const V1 = join(fixtures, 'list version one.md');
const V2 = join(fixtures, 'list version two drops one paper and adds another.md');
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('surveygraph ingest', () => {
  it('writes a list and prints a summary of what it added', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const result = await run(['ingest', '--db', db, '--list', 'demo', V1]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/papers: 4 listed — 4 added, 0 updated, 0 unchanged, 0 removed/);
  });

  it('reports a second ingest of the same file as unchanged', async () => {
    const db = join(tempDir(), 'g.sqlite');
    await run(['ingest', '--db', db, '--list', 'demo', V1]);
    const again = await run(['ingest', '--db', db, '--list', 'demo', V1]);
    expect(again.stdout).toMatch(/0 added, 0 updated, 4 unchanged, 0 removed/);
  });

  it('reports what a newer version added and removed', async () => {
    const db = join(tempDir(), 'g.sqlite');
    await run(['ingest', '--db', db, '--list', 'demo', V1]);
    const newer = await run(['ingest', '--db', db, '--list', 'demo', V2]);
    expect(newer.stdout).toMatch(/1 added, 2 updated, 1 unchanged, 1 removed/);
  });

  it('uses SURVEYGRAPH_DB when --db is not given', async () => {
    const db = join(tempDir(), 'from-env.sqlite');
    const result = await run(['ingest', V1], { SURVEYGRAPH_DB: db });
    expect(result.code).toBe(0);
    expect(existsSync(db)).toBe(true);
  });
});

describe('when an input is bad', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing file', (dir) => join(dir, 'nope.md'), /nope\.md: no such file/],
    ['an empty file', (dir) => write(dir, 'empty.md', ''), /empty\.md: the file is empty/],
    [
      'a binary file',
      (dir) => write(dir, 'binary.md', Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01])),
      /binary\.md:2: binary content/,
    ],
    [
      'a file that is not UTF-8',
      (dir) => write(dir, 'latin1.md', Buffer.from('# Caf\xe9\n', 'latin1')),
      /latin1\.md:1: invalid UTF-8/,
    ],
    [
      'an unterminated comment',
      (dir) =>
        write(
          dir,
          'open.md',
          '# L\n\n### A\n\n+ [T](https://arxiv.org/abs/2501.00001) (Jan. 2025)\n\n<!--\n+ [Hidden](https://arxiv.org/abs/2501.00002)\n',
        ),
      /open\.md:7: .*comment/i,
    ],
  ];

  it.each(cases)(
    'rejects %s, names the file, exits non-zero and leaves the database untouched',
    async (_name, make, message) => {
      const dir = tempDir();
      const db = join(dir, 'g.sqlite');
      await run(['ingest', '--db', db, '--list', 'demo', V1]);
      const before = hashOf(db);
      const result = await run(['ingest', '--db', db, '--list', 'demo', V2, make(dir)]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(hashOf(db)).toBe(before);
    },
  );

  it('refuses, with --strict, a list where entries had to be skipped, writing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'g.sqlite');
    const hidden = write(
      dir,
      'hidden.md',
      '# L\n\n### A\n\n+ [T](https://arxiv.org/abs/2501.00001) (Jan. 2025)\n\n<!-- + [Hidden](https://arxiv.org/abs/2501.00002) (Jan. 2025) -->\n',
    );
    const result = await run(['ingest', '--strict', '--db', db, hidden]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--strict: 1 entries were skipped; nothing was written/);
    expect(result.stderr).toMatch(/hidden\.md:7 hidden-in-comment/);
    expect(existsSync(db)).toBe(false);
  });

  it('rejects an unknown format with the list of known ones', async () => {
    const result = await run(['ingest', '--format', 'docx', V1]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown format "docx"; use one of awesome, corpus/);
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('surveygraph ingest of paper metadata', () => {
  it('reads BibTeX and JSON Lines by extension and summarises matches, conflicts and new papers', async () => {
    const db = join(tempDir(), 'g.sqlite');
    await run(['ingest', '--db', db, '--list', 'demo', V1]);
    const result = await run([
      'ingest',
      '--db',
      db,
      join(fixtures, 'metadata for two listed papers.jsonl'),
      join(fixtures, 'bibtex that disagrees with the list.bib'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /records: 2 — matched 2 by arXiv id, 0 by DOI, 0 by title; 0 new papers/,
    );
    expect(result.stdout).toMatch(
      /records: 3 — matched 1 by arXiv id, 0 by DOI, 1 by title; 1 new papers/,
    );
    expect(result.stdout).toMatch(
      /≠ bibtex that disagrees with the list\.bib:2 year of "Flow-GRPO: Training Flow Matching Models via Online RL": kept "2025", record says "2026"/,
    );
  });

  it('only reports unknown papers with --enrich-only', async () => {
    const db = join(tempDir(), 'g.sqlite');
    await run(['ingest', '--db', db, '--list', 'demo', V1]);
    const result = await run([
      'ingest',
      '--enrich-only',
      '--db',
      db,
      join(fixtures, 'bibtex that disagrees with the list.bib'),
    ]);
    expect(result.stdout).toMatch(
      /\? bibtex that disagrees with the list\.bib:16 "Proximal Policy Optimization Algorithms" matches no paper/,
    );
  });

  it('rejects a .bib file that holds no BibTeX at all, writing nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'g.sqlite');
    const notBib = write(dir, 'notes.bib', 'just some notes\nno entries here\n');
    const result = await run(['ingest', '--db', db, notBib]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/notes\.bib/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('a BibTeX file saved as Windows-1252 (Latin-1)', () => {
  const fixture = join(
    import.meta.dirname,
    '../ingest/bibtex/fixtures/entry saved as windows-1252.bib',
  );

  it('is read as Windows-1252 with a warning naming the first byte that is not UTF-8', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const result = await run(['ingest', '--db', db, '--verbose', fixture]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /entry saved as windows-1252\.bib:2 legacy-encoding: not UTF-8 \(byte 0x93 at offset \d+\): read as Windows-1252/,
    );
    const exported = await run(['export', '--db', db, '--format', 'json']);
    const [paper] = JSON.parse(exported.stdout) as { title: string; authors: string[] }[];
    expect(paper!.title).toBe('Fine-Tuning with “quotes” – done');
    expect(paper!.authors).toEqual(['Haitz Sáez de Ocáriz Borde']);
  });
});
