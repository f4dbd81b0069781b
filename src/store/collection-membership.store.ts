import type { CollectionSource } from '../model/curation/collection';
import type { PaperRef } from '../model/selection/paper-selection';
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

export type AddResult = CollectionResult<{ added: number[]; alreadyIn: number[] }>;

/** The filter or search papers came from, kept with the collection. */
export type PaperSource = Pick<CollectionSource, 'kind' | 'query' | 'filter'>;

/**
 * Appends the given papers (those not already in) in the given order; the filter or search they
 * came from, if any, is kept as a source.
 */
export function addPapersToCollection(
  db: Db,
  collectionId: number,
  papers: { paperIds: readonly number[]; source?: PaperSource | undefined },
  at: string,
): AddResult {
  return db.transaction((): AddResult => {
    if (!findCollectionById(db, collectionId)) return COLLECTION_NOT_FOUND;
    const members = new Set(listCollectionPaperIds(db, collectionId));
    const added = papers.paperIds.filter((id) => !members.has(id));
    const insert = db.prepare(
      `INSERT INTO collection_papers (collection_id, paper_id, position, added_at) VALUES (?, ?, ?, ?)`,
    );
    added.forEach((paperId, i) => insert.run(collectionId, paperId, members.size + i + 1, at));
    if (papers.source) {
      const paperCount = papers.paperIds.length;
      addCollectionSource(db, { collectionId, ...papers.source, paperCount }, at);
    }
    const alreadyIn = papers.paperIds.filter((id) => members.has(id));
    return { ok: true, collection: touchCollection(db, collectionId, at), added, alreadyIn };
  })();
}

export type RemoveResult = CollectionResult<{ removed: number[] }>;

/**
 * Removes the given papers and closes the gaps in the order. Papers `named` one by one must all
 * be in the collection; the others are removed where they are.
 */
export function removePapersFromCollection(
  db: Db,
  collectionId: number,
  papers: { paperIds: readonly number[]; named?: readonly { ref: PaperRef; paperId: number }[] },
  at: string,
): RemoveResult {
  return db.transaction((): RemoveResult => {
    if (!findCollectionById(db, collectionId)) return COLLECTION_NOT_FOUND;
    const members = listCollectionPaperIds(db, collectionId);
    const memberSet = new Set(members);
    const missing = (papers.named ?? []).filter((named) => !memberSet.has(named.paperId));
    if (missing.length) {
      return { ok: false, reason: 'not_in_collection', missing: missing.map((named) => named.ref) };
    }
    const removed = papers.paperIds.filter((id) => memberSet.has(id));
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
