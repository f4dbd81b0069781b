import { gql } from './graphql';
import type { PaperRow } from './paper-row';
import { PAPER_ROW_FIELDS, sortRows } from './paper-row';
import type { FacetKey, SearchState } from './search-state';
import { toPaperFilter } from './search-state';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type Facets = Partial<Record<FacetKey, FacetValue[]>>;

export interface SearchResult {
  totalCount: number;
  rows: PaperRow[];
  /** Set when venue/author counts and sorting cover only the best hits. */
  hitsCapped: number | null;
  /** Words of the query that name a known concept, and the other spellings searched for. */
  expansions: Expansion[];
}

export interface Expansion {
  text: string;
  alternatives: string[];
}

/** Search hits fetched for client-side sorting and the venue/author facets the API lacks. */
const MAX_HITS = 1000;
const PAGE = 100;

interface DimensionValue {
  key: string;
  label: string;
  total: number;
}
type Axis = { rows: DimensionValue[]; columns: DimensionValue[] };

/** Offset cursors as Pothos' offset connections write them ("OffsetConnection:<n>", base64). */
export function cursorBefore(offset: number): string | null {
  return offset > 0 ? btoa(`OffsetConnection:${offset - 1}`) : null;
}

/** One page of results; facets load separately (and are not refetched when paging or sorting). */
export function loadResults(state: SearchState): Promise<SearchResult> {
  return state.query
    ? loadTextSearch(state).then((hits) => pageOfHits(hits, state))
    : loadBrowse(state);
}

export function loadFacets(state: SearchState): Promise<Facets> {
  return state.query ? loadTextSearch(state).then((hits) => hits.facets) : loadBrowseFacets(state);
}

/** What facets depend on: the query and the selected facets, not the sort or the page. */
export function facetKey(state: SearchState): string {
  return JSON.stringify([state.query, toPaperFilter(state)]);
}

const ORDER: Record<string, string> = {
  list: 'LIST',
  newest: 'NEWEST',
  oldest: 'OLDEST',
  title: 'TITLE',
};

const BROWSE = `query Browse($filter: PaperFilterInput, $first: Int, $after: String, $order: PaperOrder) {
  papers(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount edges { node { ${PAPER_ROW_FIELDS} } } } }`;

async function loadBrowse(state: SearchState): Promise<SearchResult> {
  const data = await gql<{ papers: { totalCount: number; edges: { node: PaperRow }[] } }>(BROWSE, {
    filter: toPaperFilter(state),
    first: state.size,
    after: cursorBefore((state.page - 1) * state.size),
    order: ORDER[state.sort] ?? 'LIST',
  });
  return {
    totalCount: data.papers.totalCount,
    rows: data.papers.edges.map((e) => e.node),
    hitsCapped: null,
    expansions: [],
  };
}

const BROWSE_FACETS = `query BrowseFacets($filter: PaperFilterInput, $withCode: PaperFilterInput,
  $withoutCode: PaperFilterInput) {
  a: matrix(rows: PILLAR, columns: YEAR, filter: $filter, includeGroups: true) { ...axes }
  b: matrix(rows: ALGORITHM_FAMILY, columns: REWARD, filter: $filter) { ...axes }
  c: matrix(rows: BENCHMARK, columns: VENUE, filter: $filter) { ...axes }
  d: matrix(rows: ALGORITHM, columns: SECTION, filter: $filter) { ...axes }
  e: matrix(rows: AUTHOR, columns: PILLAR, filter: $filter, top: 20) { ...axes }
  withCode: papers(filter: $withCode, first: 0) { totalCount }
  withoutCode: papers(filter: $withoutCode, first: 0) { totalCount }
}
fragment axes on Matrix { rows { key label total } columns { key label total } }`;

async function loadBrowseFacets(state: SearchState): Promise<Facets> {
  const data = await gql<{
    a: Axis;
    b: Axis;
    c: Axis;
    d: Axis;
    e: Axis;
    withCode: { totalCount: number };
    withoutCode: { totalCount: number };
  }>(BROWSE_FACETS, {
    filter: toPaperFilter(state),
    withCode: toPaperFilter(state, { hasCode: true }),
    withoutCode: toPaperFilter(state, { hasCode: false }),
  });
  const values = (axis: DimensionValue[]) =>
    axis.filter((v) => v.total > 0).map((v) => ({ value: v.key, label: v.label, count: v.total }));
  return {
    pillars: values(data.a.rows),
    year: values(data.a.columns).sort((x, y) => y.value.localeCompare(x.value)),
    algorithms: mergeAlgorithms(values(data.b.rows), values(data.d.rows)),
    rewards: byCount(values(data.b.columns)),
    benchmarks: byCount(values(data.c.rows)),
    venues: byCount(values(data.c.columns)),
    sections: byCount(values(data.d.columns)),
    authors: byCount(values(data.e.rows)),
    code: codeFacet(data.withCode.totalCount, data.withoutCode.totalCount),
  };
}

/** Families count their variants' papers (as the filter does); leaves come from direct links. */
function mergeAlgorithms(families: FacetValue[], direct: FacetValue[]): FacetValue[] {
  const byKey = new Map(direct.map((v) => [v.value, v]));
  for (const family of families) byKey.set(family.value, family);
  return byCount([...byKey.values()]);
}

function byCount(values: FacetValue[]): FacetValue[] {
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function codeFacet(withCode: number, withoutCode: number): FacetValue[] {
  return [
    { value: 'yes', label: 'has code', count: withCode },
    { value: 'no', label: 'no code', count: withoutCode },
  ].filter((v) => v.count > 0);
}

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

function loadTextSearch(state: SearchState): Promise<Hits> {
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

function pageOfHits({ totalCount, hits, expansions }: Hits, state: SearchState): SearchResult {
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
