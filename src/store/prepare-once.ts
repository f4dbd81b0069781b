import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per database connection: the citation import runs the same
 * few lookups for every reference, and compiling them each time costs more than running them.
 */
export function prepareOnce(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
