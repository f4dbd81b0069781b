import { assignCitationKeys } from '../../src/model/paper/citation-key';
import type { Db } from '../../src/store/database';
import {
  claimCitationKeys,
  listPaperIdsWithoutCitationKey,
  retireProvisionalKeysOfAuthoredPapers,
} from '../../src/store/citation-key.store';
import { listPaperDetailsByIds } from '../../src/store/paper-details.store';

/**
 * Gives every paper that has none its citation key, inside the ingest's transaction: keys are
 * written by ingests only, so exports (public reads) never write. A key given to a paper with
 * authors never changes; one given before any authors were known is provisional and replaced,
 * once, by the ingest that brings them (the old key is retired: it still finds the paper, and no
 * other paper ever gets it). Returns how many papers got a key.
 */
export function assignMissingCitationKeys(db: Db, at: string): number {
  retireProvisionalKeysOfAuthoredPapers(db, at);
  const ids = listPaperIdsWithoutCitationKey(db);
  if (ids.length === 0) return 0;
  const papers = listPaperDetailsByIds(db, ids);
  const authorless = new Set(papers.filter((p) => p.authors.length === 0).map((p) => p.paper.id));
  claimCitationKeys(
    db,
    (existing, retired) => assignCitationKeys(papers, existing, retired),
    at,
    (paperId) => authorless.has(paperId),
  );
  return ids.length;
}
