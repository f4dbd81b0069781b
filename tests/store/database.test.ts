import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate, openDatabase } from '../../src/store/database';

describe('openDatabase', () => {
  it('applies every migration in order and records the last in user_version', () => {
    const db = openDatabase(':memory:');
    const versions = listMigrations().map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(db.pragma('user_version', { simple: true })).toBe(versions.at(-1));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('uses WAL for database files', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'sg-db-')), 'g.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('migrate', () => {
  it('applies only the migrations newer than the database, and nothing twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-migrations-'));
    writeFileSync(join(dir, '0001_first.sql'), 'CREATE TABLE a (x INTEGER);');
    const db = openDatabase(':memory:');
    db.pragma('user_version = 0');
    db.exec('DROP TABLE IF EXISTS a');
    expect(migrate(db, dir)).toBe(1);
    writeFileSync(join(dir, '0002_second.sql'), 'CREATE TABLE b (y INTEGER);');
    expect(migrate(db, dir)).toBe(1);
    expect(migrate(db, dir)).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('refuses a database newer than the code, rather than guessing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-migrations-'));
    writeFileSync(join(dir, '0001_first.sql'), 'SELECT 1;');
    const db = openDatabase(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db, dir)).toThrow(
      /schema version 99 is newer than this surveygraph \(knows up to 1\)/,
    );
  });

  it('leaves the database as it was when a migration fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-migrations-'));
    writeFileSync(
      join(dir, '0001_bad.sql'),
      'CREATE TABLE c (z INTEGER); SELECT * FROM missing_table;',
    );
    const db = openDatabase(':memory:');
    db.pragma('user_version = 0');
    expect(() => migrate(db, dir)).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'c'`).pluck().get()).toBe(0);
  });
});
