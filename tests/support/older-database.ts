import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR, migrate } from '../../src/store/database';

/** An in-memory database migrated up to, not including, `version` (`'0010'`): as a release before it left one. */
export function databaseBefore(version: string): Database.Database {
  const before = mkdtempSync(join(tmpdir(), 'sg-migrations-'));
  for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => f < version))
    copyFileSync(join(MIGRATIONS_DIR, file), join(before, file));
  const db = new Database(':memory:');
  migrate(db, before);
  return db;
}
