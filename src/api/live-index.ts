import { statSync } from 'node:fs';
import { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';
import { getContentVersion } from '../store/meta.store';

/**
 * The search index for the data as it is now: when another process (an ingest) has changed the
 * content since the index was built, the next call reopens it (the ingest saved a fresh one, so
 * this is a load, not a rebuild). The database files are stat'ed first, so a request costs no SQL
 * until something wrote to them; nothing is ever written here.
 */
export function createLiveIndex(
  db: Db,
  initial: PaperIndex,
  reopen: () => PaperIndex = () => PaperIndex.open(db, { save: false }),
): () => PaperIndex {
  let index = initial;
  let seen = fileSignature(db);
  return () => {
    const now = fileSignature(db);
    if (now === seen) return index;
    seen = now;
    if (getContentVersion(db) !== index.contentVersion) index = reopen();
    return index;
  };
}

/** Size and modification time of the database file and its WAL; commits change one of them. */
function fileSignature(db: Db): string {
  if (db.memory) return 'memory';
  return [db.name, `${db.name}-wal`]
    .map((file) => {
      try {
        const stat = statSync(file, { bigint: true });
        return `${stat.size}:${stat.mtimeNs}`;
      } catch {
        return 'none';
      }
    })
    .join('|');
}
