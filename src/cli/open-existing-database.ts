import { existsSync } from 'node:fs';
import type { Db } from '../store/database';
import { openDatabase } from '../store/database';
import { UsageError } from './io';

/** An existing database; fails clearly when there is none yet. Loads no search index. */
export function openExistingDatabase(dbPath: string): Db {
  if (!existsSync(dbPath)) {
    throw new UsageError(
      `${dbPath}: no database yet; run \`surveygraph ingest FILE\` or \`npm start\` first`,
    );
  }
  return openDatabase(dbPath);
}
