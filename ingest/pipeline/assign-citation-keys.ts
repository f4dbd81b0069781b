import { assignCitationKeys } from '../../src/export/citation-key';
import type { Db } from '../../src/store/database';
import {
  claimCitationKeys,
  listPaperIdsWithoutCitationKey,
} from '../../src/store/citation-key.store';
import { listPaperDetailsByIds } from '../../src/store/paper-details.store';

/**
 * Gives every paper that has none its citation key, inside the ingest's transaction: keys are
 * written by ingests only, so exports (public reads) never write. A key, once given, never changes.
 * Returns how many papers got a key.
 */
export function assignMissingCitationKeys(db: Db, at: string): number {
  const ids = listPaperIdsWithoutCitationKey(db);
  if (ids.length === 0) return 0;
  const papers = listPaperDetailsByIds(db, ids);
  claimCitationKeys(db, (existing) => assignCitationKeys(papers, existing), at);
  return ids.length;
}
