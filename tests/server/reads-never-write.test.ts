import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PaperIndex } from '../../src/search/paper-index';
import { openDatabase } from '../../src/store/database';
import { createApp } from '../../src/server/app';
import { run, tempDir } from '../support/cli';

const LIST = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

/** A database file built by the CLI, checkpointed so the main file holds everything. */
async function builtDatabase(): Promise<string> {
  const path = join(tempDir(), 'graph.sqlite');
  expect((await run(['ingest', '--db', path, '--list', 'demo', LIST])).code).toBe(0);
  const db = new Database(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

async function exportEverything(path: string) {
  const db = openDatabase(path, { readonly: true });
  const { fetch } = createApp({ db, index: PaperIndex.open(db, { save: false }) });
  try {
    const download = await fetch('http://yoga/export?format=bibtex');
    const query = await fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ export(format: CSL_JSON) { text } }' }),
    });
    return { bibtex: await download.text(), status: download.status, graphql: await query.json() };
  } finally {
    db.close();
  }
}

describe('when the database is opened read-only', () => {
  it('serves GET /export and the export query with the keys given at ingest, changing no byte', async () => {
    const path = await builtDatabase();
    const before = readFileSync(path);
    const { bibtex, status, graphql } = await exportEverything(path);
    expect(status).toBe(200);
    expect(bibtex).toMatch(/@misc\{mmeureka2025exploring,/);
    expect(JSON.stringify(graphql)).toMatch(/mmeureka2025exploring/);
    expect(JSON.stringify(graphql)).not.toMatch(/errors/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('computes the keys of papers that have none stored (an older database), still writing nothing', async () => {
    const path = await builtDatabase();
    const db = new Database(path);
    db.exec('DELETE FROM citation_keys');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(path);
    const { bibtex, status } = await exportEverything(path);
    expect(status).toBe(200);
    expect(bibtex).toMatch(/@misc\{mmeureka2025exploring,/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
