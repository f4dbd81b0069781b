import type { WorkRef } from '../../src/model/citation-network/citation';
import { withArxivFromDoi } from '../../src/model/citation-network/citation';
import { PaperMatcher } from '../../src/model/citation-network/match-work';
import type { Db } from '../../src/store/database';
import type { Work } from '../../src/store/work.store';
import {
  fillWork,
  findWorkByRef,
  insertWork,
  linkWorksThroughSharedIds,
  listIdentifiedPapers,
  listUnresolvedWorks,
  setWorkPaper,
} from '../../src/store/work.store';

/** The stored work a ref names (created when new), linked to its paper when one matches. */
export function findOrCreateWork(
  db: Db,
  given: WorkRef,
  runId: number,
  matcher: PaperMatcher,
): { work: Work; created: boolean } {
  const ref = withArxivFromDoi(given);
  const existing = findWorkByRef(db, ref);
  if (existing) fillWork(db, existing, ref);
  const work = existing ?? insertWork(db, ref, runId);
  if (work.paperId === null) {
    const match = matcher.match(ref);
    if (match) {
      setWorkPaper(db, work.id, match.paperId, match.by);
      return { work: { ...work, paperId: match.paperId, matchedBy: match.by }, created: !existing };
    }
  }
  return { work, created: !existing };
}

/**
 * Links works that matched no paper when they were imported to papers that arrived since (a list
 * ingested after its citations). Returns how many it linked.
 */
export function resolveExternalWorks(db: Db, matcher: PaperMatcher): number {
  let linked = 0;
  for (const work of listUnresolvedWorks(db)) {
    const match = matcher.match(workRefOf(work));
    if (!match) continue;
    setWorkPaper(db, work.id, match.paperId, match.by);
    linked += 1;
  }
  return linked;
}

function workRefOf(work: Work): WorkRef {
  return {
    arxivId: work.arxivId ?? undefined,
    doi: work.doi ?? undefined,
    title: work.title ?? undefined,
    year: work.year ?? undefined,
  };
}

/**
 * Links works waiting for their paper to the papers the graph holds now: run after every ingest,
 * so citations imported before their list find its papers once the list arrives.
 */
export function linkWaitingWorks(db: Db): number {
  const linked = resolveExternalWorks(db, new PaperMatcher(listIdentifiedPapers(db)));
  return linked + linkWorksThroughSharedIds(db);
}
