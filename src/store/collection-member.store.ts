import type { CollectionFailure } from '../model/curation/collection';
import type { PaperRef } from '../model/selection/paper-selection';
import { COLLECTION_NOT_FOUND, findCollectionById } from './collection.store';
import { findCollectionEntry } from './collection-paper.store';
import type { Db } from './database';
import { findPaperIdsByRefs } from './paper-ref.store';

/** Finds the collection and the paper's entry in it, or says which is missing. */
export function findCollectionMember(
  db: Db,
  collectionId: number,
  ref: PaperRef,
): { ok: true; paperId: number } | CollectionFailure {
  if (!findCollectionById(db, collectionId)) return COLLECTION_NOT_FOUND;
  const [paperId] = findPaperIdsByRefs(db, [ref]);
  if (paperId === undefined) return { ok: false, reason: 'unknown_papers', missing: [ref] };
  if (!findCollectionEntry(db, collectionId, paperId)) {
    return { ok: false, reason: 'not_in_collection', missing: [ref] };
  }
  return { ok: true, paperId };
}
