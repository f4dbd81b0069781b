import { gql } from './graphql';
import type { PaperRow } from './paper-row';
import { PAPER_ROW_FIELDS, sortRows } from './paper-row';
import type { Expansion, Facets, FacetValue, SearchResult } from './search-shared';
import { byCount, codeFacet, cursorBefore } from './search-shared';
import type { SearchState } from './search-state';
import { facetKey, toPaperFilter } from './search-state';

/** Search hits fetched for client-side sorting and the venue/author facets the API lacks. */
const MAX_HITS = 1000;
const PAGE = 100;

const SEARCH = `query Search($query: String!, $filter: PaperFilterInput, $withCode: PaperFilterInput,
  $withoutCode: PaperFilterInput, $after: String, $facets: Boolean!) {
  search(query: $query, filter: $filter, first: ${PAGE}, after: $after) {
    totalCount
    expansions @include(if: $facets) { text alternatives }
    facets @include(if: $facets) { pillars { ...count } sections { ...count } years { ...count }
      algorithms { ...count } rewards { ...count } benchmarks { ...count } }
    edges { node { ${PAPER_ROW_FIELDS} } }
  }
  withCode: search(query: $query, filter: $withCode, first: 0) @include(if: $facets) { totalCount }
  withoutCode: search(query: $query, filter: $withoutCode, first: 0) @include(if: $facets) { totalCount }
}
fragment count on FacetCount { value label count }`;

interface SearchPage {
  search: {
    totalCount: number;
    expansions?: Expansion[];
    facets?: Record<
      'pillars' | 'sections' | 'years' | 'algorithms' | 'rewards' | 'benchmarks',
      FacetValue[]
    >;
    edges: { node: PaperRow }[];
  };
  withCode?: { totalCount: number };
  withoutCode?: { totalCount: number };
}

interface Hits {
  totalCount: number;
  expansions: Expansion[];
  hits: PaperRow[];
  facets: Facets;
}

/** The last text search's hits, shared by the results and the facets of one query. */
let lastHits: { key: string; hits: Promise<Hits> } | null = null;

export function loadTextSearch(state: SearchState): Promise<Hits> {
  const key = facetKey(state);
  if (lastHits?.key !== key) {
    const hits = fetchHits(state);
    lastHits = { key, hits };
    hits.catch(() => {
      if (lastHits?.hits === hits) lastHits = null;
    });
  }
  return lastHits.hits;
}

export function pageOfHits(
  { totalCount, hits, expansions }: Hits,
  state: SearchState,
): SearchResult {
  const start = (state.page - 1) * state.size;
  return {
    totalCount,
    rows: sortRows(hits, state.sort).slice(start, start + state.size),
    hitsCapped: totalCount > MAX_HITS ? MAX_HITS : null,
    expansions,
  };
}

async function fetchHits(state: SearchState): Promise<Hits> {
  const variables = {
    query: state.query,
    filter: toPaperFilter(state),
    withCode: toPaperFilter(state, { hasCode: true }),
    withoutCode: toPaperFilter(state, { hasCode: false }),
  };
  const first = await gql<SearchPage>(SEARCH, { ...variables, after: null, facets: true });
  const total = Math.min(first.search.totalCount, MAX_HITS);
  const rest = [];
  for (let offset = PAGE; offset < total; offset += PAGE) {
    rest.push(
      gql<SearchPage>(SEARCH, { ...variables, after: cursorBefore(offset), facets: false }),
    );
  }
  const pages = [first, ...(await Promise.all(rest))];
  const hits = pages.flatMap((page) => page.search.edges.map((e) => e.node));
  const facets = first.search.facets!;
  return {
    totalCount: first.search.totalCount,
    expansions: first.search.expansions ?? [],
    hits,
    facets: {
      pillars: facets.pillars,
      sections: facets.sections,
      year: facets.years,
      algorithms: facets.algorithms,
      rewards: facets.rewards,
      benchmarks: facets.benchmarks,
      venues: countHits(hits, (p) => (p.venue ? [p.venue] : [])),
      authors: countHits(hits, (p) => p.authors.map((a) => a.name)).slice(0, 20),
      code: codeFacet(first.withCode?.totalCount ?? 0, first.withoutCode?.totalCount ?? 0),
    },
  };
}

function countHits(hits: PaperRow[], valuesOf: (paper: PaperRow) => string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const hit of hits)
    for (const v of new Set(valuesOf(hit))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return byCount([...counts].map(([value, count]) => ({ value, label: value, count })));
}
