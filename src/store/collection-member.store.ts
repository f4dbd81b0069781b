import type {
  CollectionFailure,
  InvalidInput,
  PaperRef,
  PaperSelection,
} from '../model/collection';
import { normalizePaperRef } from '../model/collection';
import { isEmptyPaperFilter } from '../model/paper-filter';
import { COLLECTION_NOT_FOUND, findCollectionById } from './collection.store';
import { findCollectionEntry } from './collection-paper.store';
import type { Db } from './database';
import { listPaperIds, narrowPaperIdsByFilter } from './paper.store';

export function findPaperIdByRef(db: Db, ref: PaperRef): number | undefined {
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
export function resolvePaperSelection(db: Db, selection: PaperSelection): Resolved {
  switch (selection.kind) {
    case 'papers':
      return resolveRefs(db, selection.refs);
    case 'filter': {
      if (isEmptyPaperFilter(selection.filter)) return emptyFilter();
      return {
        ok: true,
        paperIds: listPaperIds(db, { filter: selection.filter, limit: -1, offset: 0 }),
      };
    }
    case 'search': {
      if (!selection.query.trim())
        return invalidInput('search', 'A search needs at least one word.');
      return { ok: true, paperIds: narrowPaperIdsByFilter(db, selection.hitIds, selection.filter) };
    }
  }
}

function resolveRefs(db: Db, refs: readonly PaperRef[]): Resolved {
  if (refs.length === 0) return invalidInput('paperIds', 'Name at least one paper.');
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

/** Finds the collection and the paper's entry in it, or says which is missing. */
export function findCollectionMember(
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
  if (!findCollectionEntry(db, collectionId, paperId)) {
    return { ok: false, reason: 'not_in_collection', missing: [normalized.ref] };
  }
  return { ok: true, paperId };
}

export function invalidInput(field: string, message: string): InvalidInput {
  return { ok: false, reason: 'invalid_input', field, message };
}

function emptyFilter(): InvalidInput {
  return invalidInput(
    'filter',
    'An empty filter would select every paper; give at least one field.',
  );
}
