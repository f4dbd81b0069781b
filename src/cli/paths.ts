import { resolve } from 'node:path';
import type { CliIo } from './io';

export const DEFAULT_DB_PATH = 'db/surveygraph.sqlite';

/** `--db`, else `SURVEYGRAPH_DB`, else `db/surveygraph.sqlite` under the working directory. */
export function resolveDbPath(option: string | undefined, io: CliIo): string {
  return resolve(io.cwd, option ?? io.env['SURVEYGRAPH_DB'] ?? DEFAULT_DB_PATH);
}
