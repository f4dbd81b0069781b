import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILES } from '../../ingest/corpus/corpus-format';
import type { CliIo } from './io';
import { formatStartSummary } from './format-start-summary';
import { ingestFiles } from './ingest-command';
import { CORPUS_DIR } from '../service/project-paths';

/** The bundled corpus folders under `db/corpus/`, in name order. */
export function listBundledCorpora(dir = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => existsSync(join(path, CORPUS_FILES.manifest)))
    .sort();
}

/** Builds the database from the bundled corpora when the file does not exist yet. */
export function buildDefaultDatabaseIfMissing(dbPath: string, io: CliIo): boolean {
  if (existsSync(dbPath)) return false;
  const corpora = listBundledCorpora();
  io.err(`${dbPath} does not exist: building it from ${corpora.length} bundled corpus folder(s)…`);
  // json: no per-file report; the first start prints a short summary instead (see formatStartSummary).
  const results = ingestFiles(corpora, { db: dbPath, json: true }, { ...io, out: io.err });
  io.err(formatStartSummary(results, dbPath));
  return true;
}
