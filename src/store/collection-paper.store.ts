import type {
  CollectionEntry,
  CollectionFailure,
  InvalidInput,
  PaperRef,
  PaperSelection,
} from '../model/collection';
import {
  isEmptyFilter,
  moveToPosition,
  normalizeNote,
  normalizePaperRef,
  normalizeTags,
} from '../model/collection';
import type { CollectionResult } from './collection.store';
import {
  addCollectionSource,
  COLLECTION_NOT_FOUND,
  findCollectionById,
  touchCollection,
} from './collection.store';
import type { Db } from './database';
import { listPaperIds } from './paper.store';

interface EntryRow {
  collection_id: number;
  paper_id: number;
  position: number;
  note: string | null;
  tags: string;
  added_at: string;
  listed: number;
}

export function rowToCollectionEntry(row: EntryRow): CollectionEntry {
  return {
    collectionId: row.collection_id,
    paperId: row.paper_id,
    position: row.position,
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    addedAt: row.added_at,
    listed: row.listed === 1,
  };
}

const ENTRY_COLUMNS = `cp.collection_id, cp.paper_id, cp.position, cp.note, cp.tags, cp.added_at,
  EXISTS (SELECT 1 FROM paper_sections ps WHERE ps.paper_id = cp.paper_id) AS listed`;

/** One page of a collection's entries, in hand-set order. */
export function listCollectionEntries(
  db: Db,
  collectionId: number,
  page: { limit: number; offset: number },
): CollectionEntry[] {
  const rows = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM collection_papers cp WHERE cp.collection_id = ?
       ORDER BY cp.position LIMIT ? OFFSET ?`,
    )
    .all(collectionId, page.limit, page.offset) as EntryRow[];
  return rows.map(rowToCollectionEntry);
}

function findEntry(db: Db, collectionId: number, paperId: number): CollectionEntry | undefined {
  const row = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM collection_papers cp WHERE cp.collection_id = ? AND cp.paper_id = ?`,
    )
    .get(collectionId, paperId);
  return row ? rowToCollectionEntry(row as EntryRow) : undefined;
}

function listMemberIds(db: Db, collectionId: number): number[] {
  return db
    .prepare('SELECT paper_id FROM collection_papers WHERE collection_id = ? ORDER BY position')
    .pluck()
    .all(collectionId) as number[];
}

/** Numbers the papers 1…n in the given order, in one statement. */
function writeOrder(db: Db, collectionId: number, paperIds: readonly number[]): void {
  db.prepare(
    `UPDATE collection_papers SET position = o.position
     FROM (SELECT value AS paper_id, key + 1 AS position FROM json_each(?)) o
     WHERE collection_papers.collection_id = ? AND collection_papers.paper_id = o.paper_id
       AND collection_papers.position <> o.position`,
  ).run(JSON.stringify(paperIds), collectionId);
}

function findPaperIdByRef(db: Db, ref: PaperRef): number | undefined {
  const [column, value] =
    'paperId' in ref
      ? ['id', ref.paperId]
      : 'arxivId' in ref
        ? ['arxiv_id', ref.arxivId]
        : ['key', ref.key];
  return db.prepare(`SELECT id FROM papers WHERE ${column} = ?`).pluck().get(value) as
    number | undefined;
}

type Resolved = { ok: true; paperIds: number[] } | CollectionFailure;

/** The paper ids a selection names, deduplicated, in its order (list order for a filter). */
function resolveSelection(db: Db, selection: PaperSelection): Resolved {
  switch (selection.kind) {
    case 'papers':
      return resolveRefs(db, selection.refs);
    case 'filter': {
      if (isEmptyFilter(selection.filter)) return emptyFilter();
      return {
        ok: true,
        paperIds: listPaperIds(db, { filter: selection.filter, limit: -1, offset: 0 }),
      };
    }
    case 'search': {
      if (!selection.query.trim()) return invalid('search', 'A search needs at least one word.');
      if (isEmptyFilter(selection.filter))
        return { ok: true, paperIds: [...new Set(selection.hitIds)] };
      const filter = { ...selection.filter, paperIds: selection.hitIds };
      const allowed = new Set(listPaperIds(db, { filter, limit: -1, offset: 0 }));
      return { ok: true, paperIds: [...new Set(selection.hitIds.filter((id) => allowed.has(id)))] };
    }
  }
}

function resolveRefs(db: Db, refs: readonly PaperRef[]): Resolved {
  if (refs.length === 0) return invalid('paperIds', 'Name at least one paper.');
  const paperIds = new Set<number>();
  const missing: PaperRef[] = [];
  for (const given of refs) {
    const normalized = normalizePaperRef(given);
    if (!normalized.ok) return normalized;
    const id = findPaperIdByRef(db, normalized.ref);
    if (id === undefined) missing.push(normalized.ref);
    else paperIds.add(id);
  }
  if (missing.length) return { ok: false, reason: 'unknown_papers', missing };
  return { ok: true, paperIds: [...paperIds] };
}

function invalid(field: string, message: string): InvalidInput {
  return { ok: false, reason: 'invalid_input', field, message };
}

function emptyFilter(): InvalidInput {
  return invalid('filter', 'An empty filter would select every paper; give at least one field.');
}

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
    const resolved = resolveSelection(db, selection);
    if (!resolved.ok) return resolved;
    const members = new Set(listMemberIds(db, collectionId));
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
    const resolved = resolveSelection(db, selection);
    if (!resolved.ok) return resolved;
    const members = listMemberIds(db, collectionId);
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
    writeOrder(
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

export type EntryResult = CollectionResult<{ entry: CollectionEntry }>;

/** Finds the collection and the paper's entry in it, or says which is missing. */
function findMember(
  db: Db,
  collectionId: number,
  ref: PaperRef,
): { ok: true; paperId: number } | CollectionFailure {
  if (!findCollectionById(db, collectionId)) return COLLECTION_NOT_FOUND;
  const normalized = normalizePaperRef(ref);
  if (!normalized.ok) return normalized;
  const paperId = findPaperIdByRef(db, normalized.ref);
  if (paperId === undefined)
    return { ok: false, reason: 'unknown_papers', missing: [normalized.ref] };
  if (!findEntry(db, collectionId, paperId)) {
    return { ok: false, reason: 'not_in_collection', missing: [normalized.ref] };
  }
  return { ok: true, paperId };
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
    const member = findMember(db, collectionId, ref);
    if (!member.ok) return member;
    const members = listMemberIds(db, collectionId);
    if (!Number.isInteger(position) || position < 1 || position > members.length) {
      return invalid(
        'position',
        `Position must be between 1 and ${members.length} (got ${position}).`,
      );
    }
    writeOrder(db, collectionId, moveToPosition(members, member.paperId, position));
    const collection = touchCollection(db, collectionId, at);
    return { ok: true, collection, entry: findEntry(db, collectionId, member.paperId)! };
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
    const member = findMember(db, collectionId, ref);
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
    return { ok: true, collection, entry: findEntry(db, collectionId, member.paperId)! };
  })();
}
