import type { Db } from '../../src/store/database';
import type { PaperChange } from '../../src/store/run.store';
import type { Placement } from '../../src/store/section.store';
import { deletePlacement, upsertPlacement } from '../../src/store/section.store';

/** Moves the list's placements to `wanted`; returns papers whose placement changed. */
export function writePlacements(
  db: Db,
  before: readonly Placement[],
  wanted: readonly Placement[],
): Map<number, PaperChange> {
  const pair = (p: Placement) => `${p.paperId}:${p.sectionId}`;
  const wantedPairs = new Set(wanted.map(pair));
  const papersBefore = new Set(before.map((p) => p.paperId));
  const papersAfter = new Set(wanted.map((p) => p.paperId));
  const changes = new Map<number, PaperChange>();
  for (const old of before.filter((p) => !wantedPairs.has(pair(p)))) {
    deletePlacement(db, old.paperId, old.sectionId);
    changes.set(old.paperId, papersAfter.has(old.paperId) ? 'updated' : 'removed');
  }
  const beforePairs = new Set(before.map(pair));
  for (const placement of wanted) {
    const moved = upsertPlacement(db, placement);
    if (!papersBefore.has(placement.paperId)) changes.set(placement.paperId, 'added');
    else if (moved && !beforePairs.has(pair(placement))) changes.set(placement.paperId, 'updated');
  }
  return changes;
}
