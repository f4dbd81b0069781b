import { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';
import { getContentVersion } from '../store/meta.store';

/**
 * The search index for the data as it is now: when another process (an ingest) has changed the
 * content since the index was built, the next call reopens it (the ingest saved a fresh one, so
 * this is a load, not a rebuild). One cheap query per call; nothing is written.
 */
export function createLiveIndex(
  db: Db,
  initial: PaperIndex,
  reopen: () => PaperIndex = () => PaperIndex.open(db, { save: false }),
): () => PaperIndex {
  let index = initial;
  return () => {
    if (getContentVersion(db) !== index.contentVersion) index = reopen();
    return index;
  };
}
