import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/store/database';
import { readSavedSearchIndex, saveSearchIndex } from '../../src/store/search-index.store';
import { databaseBefore } from '../support/older-database';

const save = (db: Database.Database, parts: string[]) =>
  saveSearchIndex(db, { contentVersion: 1, schemaVersion: 'v', head: '{}', parts });

describe('saved search index', () => {
  it('reads back the head and the parts in the order saved', () => {
    const db = openDatabase(':memory:');
    save(db, ['[1]', '[2]', '[3]']);
    expect(readSavedSearchIndex(db, (saved) => ({ ...saved, parts: [...saved!.parts] }))).toEqual({
      contentVersion: 1,
      schemaVersion: 'v',
      head: '{}',
      parts: ['[1]', '[2]', '[3]'],
    });
  });

  it('replaces every part of the previous save', () => {
    const db = openDatabase(':memory:');
    save(db, ['[1]', '[2]', '[3]']);
    save(db, ['[4]']);
    expect(readSavedSearchIndex(db, (saved) => [...saved!.parts])).toEqual(['[4]']);
  });

  it('drops an index saved whole before migration 21, so the next open rebuilds it', () => {
    const old = databaseBefore('0021');
    old
      .prepare(
        `INSERT INTO search_index (id, content_version, schema_version, data)
         VALUES (1, 0, 'papers-v3-camel-case', '{"index": []}')`,
      )
      .run();
    expect(migrate(old)).toBeGreaterThan(0);
    expect(readSavedSearchIndex(old, (saved) => saved)).toBeUndefined();
  });
});
