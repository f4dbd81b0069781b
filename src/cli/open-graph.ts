import type { ApiContext } from '../api/context';
import { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';
import { openExistingDatabase } from './open-existing-database';
import { loadSynonymTable } from '../service/synonym-table';

/** An existing database with its search index ready; fails clearly when there is no database yet. */
export function openGraph(dbPath: string): {
  db: Db;
  index: PaperIndex;
  reopenIndex: () => PaperIndex;
} {
  const db = openExistingDatabase(dbPath);
  const synonyms = () => loadSynonymTable();
  return {
    db,
    index: PaperIndex.open(db, { synonyms }),
    reopenIndex: () => PaperIndex.open(db, { synonyms, save: false }),
  };
}

/** The GraphQL context for in-process use: the local user owns the file, so writes are allowed. */
export function localContext(graph: { db: Db; index: PaperIndex }): ApiContext {
  return { ...graph, canWrite: true, writesEnabled: true };
}
