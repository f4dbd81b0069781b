import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDefaultDatabaseIfMissing } from '../../../src/cli/build-default-database';
import { openDatabase } from '../../../src/store/database';
import { generateList } from '../../support/app';
import { ingestMarkdown, linkGraph } from '../../support/graph';

export function tempDbPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'surveygraph-e2e-')), `${name}.sqlite`);
}

/** The database `npm start` builds: the bundled corpus (db/corpus/), in a temporary file. */
export function buildBundledDatabase(): string {
  const path = tempDbPath('bundled');
  const quiet = () => {};
  buildDefaultDatabaseIfMissing(path, {
    out: quiet,
    err: quiet,
    interactive: false,
    env: {},
    cwd: process.cwd(),
  });
  return path;
}

/** A small generated corpus: `count` papers spread over the four pillars, linked to the ontology. */
export function buildGeneratedDatabase(count: number): string {
  const path = tempDbPath('generated');
  const db = openDatabase(path);
  ingestMarkdown(db, generateList(count), 'generated.md', 'generated');
  linkGraph(db);
  db.close();
  return path;
}
