import { resolve } from 'node:path';
import { checkoutRoot } from '../model/checkout-root';
import type { CliIo } from './io';

export const DEFAULT_DB_PATH = 'db/surveygraph.sqlite';

/** The project's own folders (ontology, bundled corpus), wherever the command is run from. */
export const PROJECT_ROOT = checkoutRoot(import.meta.dirname, 2);
export const ONTOLOGY_DIR = resolve(PROJECT_ROOT, 'db/ontology');
export const CORPUS_DIR = resolve(PROJECT_ROOT, 'db/corpus');

/** `--db`, else `SURVEYGRAPH_DB`, else `db/surveygraph.sqlite` under the working directory. */
export function resolveDbPath(option: string | undefined, io: CliIo): string {
  return resolve(io.cwd, option ?? io.env['SURVEYGRAPH_DB'] ?? DEFAULT_DB_PATH);
}
