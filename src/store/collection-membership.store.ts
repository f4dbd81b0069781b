import type { PaperRef, PaperSelection } from '../model/collection';
import { normalizePaperRef } from '../model/collection';
import type { CollectionResult } from './collection.store';
import {
  addCollectionSource,
  COLLECTION_NOT_FOUND,
  findCollectionById,
  touchCollection,
} from './collection.store';
import { writeCollectionOrder } from './collection-entry.store';
import { listCollectionPaperIds } from './collection-paper.store';
import type { Db } from './database';
import { findPaperIdByRef, resolvePaperSelection } from './collection-member.store';

export type AddResult = CollectionResult<{ added: number[]; alreadyIn: number[] }>;

/**
 * Appends the selected papers (those not already in) in the selection's order; a filter or a
 * search is also kept as a source. All or nothing: unknown papers add none.
 */
export function addPapersToCollection(
  db: Db,
  collectionId: number,
  selection: PaperSelection,
  at: string,
): AddResult {
  return db.transaction((): AddResult => {
    if (!findCollectionById(db, collectionId)) return COLLECTION_NOT_FOUND;
    const resolved = resolvePaperSelection(db, selection);
    if (!resolved.ok) return resolved;
    const members = new Set(listCollectionPaperIds(db, collectionId));
    const added = resolved.paperIds.filter((id) => !members.has(id));
    const insert = db.prepare(
      `INSERT INTO collection_papers (collection_id, paper_id, position, added_at) VALUES (?, ?, ?, ?)`,
    );
    added.forEach((paperId, i) => insert.run(collectionId, paperId, members.size + i + 1, at));
    if (selection.kind !== 'papers') {
      addCollectionSource(
        db,
        {
          collectionId,
          kind: selection.kind,
          query: selection.kind === 'search' ? selection.query.trim() : null,
          filter: selection.filter,
          paperCount: resolved.paperIds.length,
        },
        at,
      );
    }
    const alreadyIn = resolved.paperIds.filter((id) => members.has(id));
    return { ok: true, collection: touchCollection(db, collectionId, at), added, alreadyIn };
  })();
}

export type RemoveResult = CollectionResult<{ removed: number[] }>;

/**
 * Removes the selected papers and closes the gaps in the order. Papers named one by one must all
 * be in the collection; a filter or search removes whichever of its papers are.
 */
export function removePapersFromCollection(
  db: Db,
  collectionId: number,
  selection: PaperSelection,
  at: string,
): RemoveResult {
  return db.transaction((): RemoveResult => {
    if (!findCollectionById(db, collectionId)) return COLLECTION_NOT_FOUND;
    const resolved = resolvePaperSelection(db, selection);
    if (!resolved.ok) return resolved;
    const members = listCollectionPaperIds(db, collectionId);
    const memberSet = new Set(members);
    if (selection.kind === 'papers') {
      const missing = refsNotIn(db, selection.refs, memberSet);
      if (missing.length) return { ok: false, reason: 'not_in_collection', missing };
    }
    const removed = resolved.paperIds.filter((id) => memberSet.has(id));
    const remove = db.prepare(
      'DELETE FROM collection_papers WHERE collection_id = ? AND paper_id = ?',
    );
    for (const paperId of removed) remove.run(collectionId, paperId);
    const gone = new Set(removed);
    writeCollectionOrder(
      db,
      collectionId,
      members.filter((id) => !gone.has(id)),
    );
    return { ok: true, collection: touchCollection(db, collectionId, at), removed };
  })();
}

function refsNotIn(db: Db, refs: readonly PaperRef[], members: ReadonlySet<number>): PaperRef[] {
  return refs
    .map((ref) => normalizePaperRef(ref))
    .flatMap((normalized) => (normalized.ok ? [normalized.ref] : []))
    .filter((ref) => !members.has(findPaperIdByRef(db, ref)!));
}
