import { loadBrowse, loadBrowseFacets } from './browse-data';
import { loadTextSearch, pageOfHits } from './search-hits';
import type { Facets, SearchResult } from './search-shared';
import type { SearchState } from './search-state';

/** One page of results; facets load separately (and are not refetched when paging or sorting). */
export function loadResults(state: SearchState): Promise<SearchResult> {
  return state.query
    ? loadTextSearch(state).then((hits) => pageOfHits(hits, state))
    : loadBrowse(state);
}

export function loadFacets(state: SearchState): Promise<Facets> {
  return state.query ? loadTextSearch(state).then((hits) => hits.facets) : loadBrowseFacets(state);
}
