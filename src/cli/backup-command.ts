import type { Command } from 'commander';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase } from '../store/database';
import type { CliIo } from './io';
import { UsageError } from './io';
import { resolveDbPath } from './paths';

export function registerBackupCommands(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description(
      'Copy the database to FILE while it is in use (SQLite online backup: a consistent snapshot, even during an ingest or with the server running)',
    )
    .argument('<file>', 'where to write the copy (must not exist)')
    .option('--db <path>', 'database file')
    .action(async (file: string, options: { db?: string }) => {
      if (existsSync(file)) throw new UsageError(`${file}: already exists; choose a new file`);
      const path = resolveDbPath(options.db, io);
      const db = openDatabase(path);
      try {
        await db.backup(file);
      } finally {
        db.close();
      }
      io.out(`backed up ${path} to ${file}`);
    });
  program
    .command('restore')
    .description(
      'Replace the database with a copy made by `backup` (stop the server first); the copy is checked before anything is replaced',
    )
    .argument('<file>', 'a copy made by `surveygraph backup`')
    .option('--db <path>', 'database file')
    .action(async (file: string, options: { db?: string }) => {
      if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
      const path = resolveDbPath(options.db, io);
      const source = openBackup(file);
      const staging = `${path}.restoring`;
      rmSync(staging, { force: true });
      try {
        await source.backup(staging);
      } finally {
        source.close();
      }
      for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      renameSync(staging, path);
      io.out(`restored ${path} from ${file}`);
    });
}

/** Opens a backup read-only after checking it is an intact surveygraph database. */
function openBackup(file: string) {
  let db;
  try {
    db = openDatabase(file, { readonly: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    db.prepare('SELECT count(*) FROM papers').get();
  } catch (error) {
    db?.close();
    throw new UsageError(
      `${file}: not a usable surveygraph database (${(error as Error).message}); nothing was replaced`,
    );
  }
  return db;
}
