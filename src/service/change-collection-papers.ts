import type { PaperSelection } from '../model/selection/paper-selection';
import type { AddResult, RemoveResult } from '../store/collection-membership.store';
import {
  addPapersToCollection as addSelectedPapers,
  removePapersFromCollection as removeSelectedPapers,
} from '../store/collection-membership.store';
import { COLLECTION_NOT_FOUND, findCollectionById } from '../store/collection.store';
import type { PaperSources } from './select-papers';
import { selectPapers } from './select-papers';

/**
 * Appends the selected papers (those not already in) in the selection's order; a filter or a
 * search is also kept as a source. All or nothing: unknown papers add none.
 */
export function addPapersToCollection(
  sources: PaperSources,
  collectionId: number,
  selection: PaperSelection,
  at: string,
): AddResult {
  if (!findCollectionById(sources.db, collectionId)) return COLLECTION_NOT_FOUND;
  const selected = selectPapers(sources, selection);
  if (!selected.ok) return selected;
  const source =
    selection.kind === 'filter' || selection.kind === 'search'
      ? {
          kind: selection.kind,
          query: selection.kind === 'search' ? selection.query.trim() : null,
          filter: selection.filter,
        }
      : undefined;
  return addSelectedPapers(sources.db, collectionId, { paperIds: selected.paperIds, source }, at);
}

/**
 * Removes the selected papers and closes the gaps. Papers named one by one must all be in the
 * collection; a filter or search removes whichever of its papers are.
 */
export function removePapersFromCollection(
  sources: PaperSources,
  collectionId: number,
  selection: PaperSelection,
  at: string,
): RemoveResult {
  if (!findCollectionById(sources.db, collectionId)) return COLLECTION_NOT_FOUND;
  const selected = selectPapers(sources, selection);
  if (!selected.ok) return selected;
  const named =
    selection.kind === 'papers'
      ? selection.refs.map((ref, i) => ({ ref, paperId: selected.refIds![i]! }))
      : undefined;
  return removeSelectedPapers(sources.db, collectionId, { paperIds: selected.paperIds, named }, at);
}
