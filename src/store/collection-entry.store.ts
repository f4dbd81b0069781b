import type { CollectionEntry } from '../model/curation/collection';
import { moveToPosition, normalizeNote, normalizeTags } from '../model/curation/collection';
import type { PaperRef } from '../model/selection/paper-selection';
import { invalidInput } from '../model/selection/paper-selection';
import type { CollectionResult } from './collection.store';
import { touchCollection } from './collection.store';
import { findCollectionEntry, listCollectionPaperIds } from './collection-paper.store';
import type { Db } from './database';
import { findCollectionMember } from './collection-member.store';

export type EntryResult = CollectionResult<{ entry: CollectionEntry }>;

/** Numbers the papers 1…n in the given order, in one statement. */
export function writeCollectionOrder(
  db: Db,
  collectionId: number,
  paperIds: readonly number[],
): void {
  db.prepare(
    `UPDATE collection_papers SET position = o.position
     FROM (SELECT value AS paper_id, key + 1 AS position FROM json_each(?)) o
     WHERE collection_papers.collection_id = ? AND collection_papers.paper_id = o.paper_id
       AND collection_papers.position <> o.position`,
  ).run(JSON.stringify(paperIds), collectionId);
}

/** Moves a paper to a 1-based position; the papers between shift by one. */
export function movePaperInCollection(
  db: Db,
  collectionId: number,
  ref: PaperRef,
  position: number,
  at: string,
): EntryResult {
  return db.transaction((): EntryResult => {
    const member = findCollectionMember(db, collectionId, ref);
    if (!member.ok) return member;
    const members = listCollectionPaperIds(db, collectionId);
    if (!Number.isInteger(position) || position < 1 || position > members.length) {
      return invalidInput(
        'position',
        `Position must be between 1 and ${members.length} (got ${position}).`,
      );
    }
    writeCollectionOrder(db, collectionId, moveToPosition(members, member.paperId, position));
    const collection = touchCollection(db, collectionId, at);
    return { ok: true, collection, entry: findCollectionEntry(db, collectionId, member.paperId)! };
  })();
}

/** Sets a paper's note and/or tags in the collection; undefined leaves a field as it is. */
export function annotateCollectionPaper(
  db: Db,
  collectionId: number,
  ref: PaperRef,
  annotation: { note?: string | null | undefined; tags?: readonly string[] | undefined },
  at: string,
): EntryResult {
  return db.transaction((): EntryResult => {
    const member = findCollectionMember(db, collectionId, ref);
    if (!member.ok) return member;
    const note = annotation.note === undefined ? undefined : normalizeNote(annotation.note);
    if (note && !note.ok) return note;
    const tags = annotation.tags === undefined ? undefined : normalizeTags(annotation.tags);
    if (tags && !tags.ok) return tags;
    db.prepare(
      `UPDATE collection_papers
       SET note = CASE WHEN @setNote THEN @note ELSE note END,
           tags = CASE WHEN @setTags THEN @tags ELSE tags END
       WHERE collection_id = @collectionId AND paper_id = @paperId`,
    ).run({
      collectionId,
      paperId: member.paperId,
      setNote: note ? 1 : 0,
      note: note?.note ?? null,
      setTags: tags ? 1 : 0,
      tags: tags ? JSON.stringify(tags.tags) : null,
    });
    const collection = touchCollection(db, collectionId, at);
    return { ok: true, collection, entry: findCollectionEntry(db, collectionId, member.paperId)! };
  })();
}
