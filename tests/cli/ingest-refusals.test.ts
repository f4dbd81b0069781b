import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const V1 = join(import.meta.dirname, '../ingest/fixtures/list version one.md');
const README = join(FIXTURES, 'a project readme with no paper entries.md');
const SHRUNK = join(FIXTURES, 'list version keeping one of four papers.md');

async function databaseWithV1(): Promise<string> {
  const db = join(tempDir(), 'g.sqlite');
  expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
  return db;
}

describe('when an ingest would understand too little', () => {
  it('refuses a project README: exit 2, no list created, the database unchanged byte for byte', async () => {
    const db = await databaseWithV1();
    const before = readFileSync(db);
    const result = await run(['ingest', '--db', db, README]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /no paper entries\.md: none of its 1 list entries looks like a paper .*; nothing was written/,
    );
    expect(readFileSync(db).equals(before)).toBe(true);
    const lists = await run(['query', '--db', db, '{ papers(first: 1) { totalCount } }']);
    expect(JSON.parse(lists.stdout).data.papers.totalCount).toBe(4);
  });

  it('refuses an empty file given under an existing list name, instead of marking every paper removed', async () => {
    const db = await databaseWithV1();
    const empty = join(tempDir(), 'empty.md');
    writeFileSync(empty, '');
    const before = readFileSync(db);
    const result = await run(['ingest', '--db', db, '--list', 'demo', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/empty\.md: the file is empty/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('refuses JSON Lines of which most lines are broken, naming the first', async () => {
    const db = await databaseWithV1();
    const broken = join(tempDir(), 'broken.jsonl');
    const good = JSON.stringify({
      arxiv_id: '2503.07365',
      title: 'MM-Eureka',
      authors: null,
      abstract: null,
      published: null,
      source_url: 'https://arxiv.org/abs/2503.07365',
      authors_source_url: null,
    });
    writeFileSync(broken, `${good}\n{"arxiv_id": "2506.04559", "title": \n{"oops"\n`);
    const before = readFileSync(db);
    const result = await run(['ingest', '--db', db, broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /broken\.jsonl: most of the file was not understood \(2 entries skipped, 1 read; first: broken\.jsonl:2 /,
    );
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('when a list version would remove most of the list', () => {
  it('refuses without --allow-shrink, saying how many papers it would remove', async () => {
    const db = await databaseWithV1();
    const before = readFileSync(db);
    const result = await run(['ingest', '--db', db, '--list', 'demo', SHRUNK]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /would remove 3 of its 4 papers \(keeping 1\); nothing was written\. Run again with --allow-shrink/,
    );
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('accepts it with --allow-shrink', async () => {
    const db = await databaseWithV1();
    const result = await run(['ingest', '--db', db, '--list', 'demo', '--allow-shrink', SHRUNK]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/3 removed/);
  });
});
