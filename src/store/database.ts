import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkoutRoot } from '../model/checkout-root';

export type Db = Database.Database;

export const MIGRATIONS_DIR = resolve(checkoutRoot(import.meta.dirname, 2), 'db/migrations');

export interface OpenDatabaseOptions {
  /** Called with each SQL statement as it runs; tests count statements with it. */
  onStatement?: (sql: string) => void;
  readonly?: boolean;
}

/** Opens (creating if needed) a database file or `:memory:`, with pragmas set and migrations applied. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  if (path !== ':memory:' && !options.readonly)
    mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.onStatement
      ? { verbose: (sql: unknown) => options.onStatement!(String(sql)) }
      : {}),
  });
  reusePreparedStatements(db);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    try {
      migrate(db);
    } catch (error) {
      db.close();
      if (error instanceof NewerDatabaseError) throw new NewerDatabaseError(error.message, path);
      throw error;
    }
  }
  return db;
}

/** The database was written by a newer surveygraph; opening it could lose data, so it is refused. */
export class NewerDatabaseError extends Error {
  constructor(detail: string, file?: string) {
    super(file ? `${file}: ${detail}` : detail);
    this.name = 'NewerDatabaseError';
  }
}

/** Hex SHA-256 of a text; also `sha256()` in the SQL of migrations. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Statements kept per connection; SQL built with a varying number of `?` ages out. */
const MAX_CACHED_STATEMENTS = 500;

/**
 * Makes `db.prepare(sql)` return the statement prepared earlier for the same text. The stores
 * prepare at the call site (readable, one place per query), which compiled the same SQL once per
 * row: 10 s of a 10k-paper ingest. Modes a caller sets (pluck, raw, expand) are reset on reuse,
 * and a statement still busy in an iteration is never handed out twice.
 */
function reusePreparedStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(sql);
    if (!cached) {
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
      cache.set(sql, statement);
    }
    return statement;
  }) as typeof db.prepare;
}

interface Migration {
  version: number;
  file: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => ({ file, match: /^(\d{4})_[\w-]+\.sql$/.exec(file) }))
    .filter((m): m is { file: string; match: RegExpExecArray } => m.match !== null)
    .map(({ file, match }) => ({ version: Number(match[1]), file }))
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations newer than `PRAGMA user_version`, each in its own transaction. */
export function migrate(db: Db, dir = MIGRATIONS_DIR): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = listMigrations(dir).filter((m) => m.version > current);
  // Functions migrations may call to move existing data (0010 fingerprints long values).
  if (pending.length > 0)
    db.function('sha256', { deterministic: true }, (text: unknown) => sha256Hex(String(text)));
  for (const migration of pending) {
    const sql = readFileSync(join(dir, migration.file), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const latest = listMigrations(dir).at(-1)?.version ?? 0;
  if (current > latest) {
    throw new NewerDatabaseError(
      `database schema version ${current} is newer than this surveygraph (knows up to ${latest}); upgrade surveygraph to open it`,
    );
  }
  return pending.length;
}
