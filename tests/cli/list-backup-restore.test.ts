import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const FIXTURES = join(import.meta.dirname, '../ingest/fixtures');
const V1 = join(FIXTURES, 'list version one.md');
const V2 = join(FIXTURES, 'list version two drops one paper and adds another.md');

async function databaseWithV1(): Promise<string> {
  const db = join(tempDir(), 'g.sqlite');
  expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
  return db;
}

async function query(db: string, document: string) {
  const result = await run(['query', '--db', db, document]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout).data;
}

describe('surveygraph list remove', () => {
  it('removes the list and its placements, keeping papers and collections', async () => {
    const db = await databaseWithV1();
    expect((await run(['collection', 'create', 'keep', '--db', db])).code).toBe(0);
    expect(
      (await run(['collection', 'add', 'keep', '--arxiv', '2503.07365', '--db', db])).code,
    ).toBe(0);
    const result = await run(['list', 'remove', 'demo', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /removed list "demo": \d+ sections, 5 placements; 4 papers now in no list/,
    );
    const data = await query(
      db,
      '{ papers(first: 10) { totalCount } listed: papers(first: 1, filter: { listed: true }) { totalCount } collections { name paperCount } }',
    );
    expect(data).toEqual({
      papers: { totalCount: 4 },
      listed: { totalCount: 0 },
      collections: [{ name: 'keep', paperCount: 1 }],
    });
    expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
  });

  it('names the lists there are when the name is unknown', async () => {
    const db = await databaseWithV1();
    const result = await run(['list', 'remove', 'nope', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no list named "nope"; lists: demo/);
  });
});

describe('surveygraph backup and restore', () => {
  it('brings back exactly the data of the backup after later ingests', async () => {
    const db = await databaseWithV1();
    const copy = join(tempDir(), 'copy.sqlite');
    const backup = await run(['backup', copy, '--db', db]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/backed up .* to .*copy\.sqlite/);
    const before = await query(db, '{ papers(first: 100) { edges { node { title } } } }');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V2])).code).toBe(0);
    expect(await query(db, '{ papers(first: 100) { edges { node { title } } } }')).not.toEqual(
      before,
    );

    const restored = await run(['restore', copy, '--db', db]);
    expect(restored.code).toBe(0);
    expect(await query(db, '{ papers(first: 100) { edges { node { title } } } }')).toEqual(before);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('refuses to overwrite a file, and to restore something that is not a database', async () => {
    const db = await databaseWithV1();
    const existing = join(tempDir(), 'taken.sqlite');
    writeFileSync(existing, 'x');
    expect((await run(['backup', existing, '--db', db])).stderr).toMatch(/already exists/);
    const before = readFileSync(db);
    const result = await run(['restore', existing, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /taken\.sqlite: not a usable surveygraph database .*nothing was replaced/,
    );
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('a database written by a newer surveygraph', () => {
  it('is refused with a message naming the file, exit 2 (not an internal error)', async () => {
    const db = await databaseWithV1();
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const result = await run(['stats', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${db}: database schema version 999 is newer than this surveygraph`,
    );
    expect(result.stderr).not.toMatch(/internal error/);
  });
});
