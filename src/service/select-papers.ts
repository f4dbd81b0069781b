import { checkFilterNames } from '../model/selection/check-filter-names';
import type { PaperFilter } from '../model/selection/paper-filter';
import type {
  PaperLookups,
  PaperSelection,
  SelectionResult,
} from '../model/selection/paper-selection';
import { invalidInput, resolvePaperSelection } from '../model/selection/paper-selection';
import { describeSearchQueryProblem } from '../model/selection/search-query-limits';
import { listCollectionEntries } from '../store/collection-paper.store';
import { findCollectionByName } from '../store/collection.store';
import type { Db } from '../store/database';
import { listFilterNames } from '../store/filter-names.store';
import { findPaperIdsByRefs } from '../store/paper-ref.store';
import { listPaperIds, narrowPaperIdsByFilter } from '../store/paper.store';

/** What a use case reads papers from: the store, and the search index for searches. */
export interface PaperSources {
  db: Db;
  index: {
    /** The ids a search selects, best first. */
    select(query: string): number[];
    /** Why the query cannot be searched, or undefined when it can. */
    validate(query: string): string | undefined;
  };
}

/**
 * The one way every edge turns a selection into paper ids: unreadable search queries, and slugs
 * and section ids the graph does not hold, are refused (with the valid ones listed), then the
 * selection is resolved.
 */
export function selectPapers(sources: PaperSources, selection: PaperSelection): SelectionResult {
  if (selection.kind === 'search') {
    const tooLong = describeSearchQueryProblem(selection.query);
    if (tooLong) return invalidInput('search', tooLong);
    const unreadable = sources.index.validate(selection.query);
    if (unreadable) return invalidInput('search', `Cannot read the search query: ${unreadable}.`);
  }
  const filter = filterOf(selection);
  if (filter) {
    const unknown = checkFilterNames(filter, listFilterNames(sources.db));
    if (unknown) return unknown;
  }
  return resolvePaperSelection(selection, paperLookups(sources));
}

function filterOf(selection: PaperSelection): PaperFilter | undefined {
  return selection.kind === 'filter' || selection.kind === 'search' ? selection.filter : undefined;
}

function paperLookups({ db, index }: PaperSources): PaperLookups {
  return {
    findPaperIds: (refs) => findPaperIdsByRefs(db, refs),
    listPaperIds: (filter) => listPaperIds(db, { filter, limit: -1, offset: 0 }),
    searchPaperIds: (query) => index.select(query),
    narrowPaperIds: (ids, filter) => narrowPaperIdsByFilter(db, ids, filter),
    listCollectionPaperIds: (name) => {
      const collection = findCollectionByName(db, name);
      if (!collection) return undefined;
      const entries = listCollectionEntries(db, collection.id, { limit: -1, offset: 0 });
      return entries.map((entry) => entry.paperId);
    },
  };
}
