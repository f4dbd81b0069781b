/** The search page's whole state, read from and written to the URL's query string. */
export interface SearchState {
  query: string;
  pillars: string[];
  sections: string[];
  year: string | null;
  venues: string[];
  algorithms: string[];
  rewards: string[];
  benchmarks: string[];
  authors: string[];
  code: 'yes' | 'no' | null;
  sort: SortKey;
  page: number;
  size: number;
}

export type SortKey = 'relevance' | 'list' | 'newest' | 'oldest' | 'title';

/** The facets a person can click, each with its URL parameter. */
export const FACETS = [
  { key: 'pillars', param: 'pillar', label: 'Pillar' },
  { key: 'sections', param: 'section', label: 'Section' },
  { key: 'year', param: 'year', label: 'Year' },
  { key: 'venues', param: 'venue', label: 'Venue' },
  { key: 'algorithms', param: 'algorithm', label: 'Algorithm' },
  { key: 'rewards', param: 'reward', label: 'Reward' },
  { key: 'benchmarks', param: 'benchmark', label: 'Benchmark' },
  { key: 'authors', param: 'author', label: 'Author' },
  { key: 'code', param: 'code', label: 'Code' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
type ListKey = Exclude<FacetKey, 'year' | 'code'>;
const LIST_FACETS = FACETS.filter(
  (f): f is Extract<(typeof FACETS)[number], { key: ListKey }> =>
    f.key !== 'year' && f.key !== 'code',
);

export const PAGE_SIZES = [20, 50, 100];

export function readSearchState(params: URLSearchParams): SearchState {
  const query = params.get('q')?.trim() ?? '';
  const sortParam = params.get('sort') as SortKey | null;
  const sorts: SortKey[] = query
    ? ['relevance', 'newest', 'oldest', 'title']
    : ['list', 'newest', 'oldest', 'title'];
  const size = Number(params.get('size'));
  const state = {
    query,
    year: params.get('year'),
    code: params.get('code') === 'yes' ? 'yes' : params.get('code') === 'no' ? 'no' : null,
    sort: sortParam && sorts.includes(sortParam) ? sortParam : sorts[0]!,
    page: Math.max(1, Math.floor(Number(params.get('page')) || 1)),
    size: PAGE_SIZES.includes(size) ? size : 20,
  } as SearchState;
  for (const facet of LIST_FACETS) state[facet.key] = params.getAll(facet.param);
  return state;
}

export function searchUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of LIST_FACETS)
    for (const value of state[facet.key]) params.append(facet.param, value);
  if (state.year) params.set('year', state.year);
  if (state.code) params.set('code', state.code);
  const defaultSort = state.query ? 'relevance' : 'list';
  if (state.sort !== defaultSort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size !== 20) params.set('size', String(state.size));
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

export const emptySearch: SearchState = readSearchState(new URLSearchParams());

/** A search URL with only some facets set, e.g. `searchLink({ authors: ['Fanqing Meng'] })`. */
export function searchLink(partial: Partial<SearchState>): string {
  return searchUrl({ ...emptySearch, ...partial });
}

/** Adds or removes one facet value (and goes back to page 1). */
export function toggleFacet(state: SearchState, key: FacetKey, value: string): SearchState {
  const next = { ...state, page: 1 };
  if (key === 'year') return { ...next, year: state.year === value ? null : value };
  if (key === 'code')
    return { ...next, code: state.code === value ? null : (value as 'yes' | 'no') };
  const values = state[key];
  return {
    ...next,
    [key]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
  };
}

export function isSelected(state: SearchState, key: FacetKey, value: string): boolean {
  if (key === 'year') return state.year === value;
  if (key === 'code') return state.code === value;
  return state[key].includes(value);
}

/** The API's PaperFilterInput for the selected facets (`extra` overrides fields). */
export function toPaperFilter(state: SearchState, extra: Record<string, unknown> = {}) {
  const filter: Record<string, unknown> = {};
  if (state.pillars.length) filter['pillars'] = state.pillars;
  if (state.sections.length) filter['sections'] = state.sections;
  if (state.venues.length) filter['venues'] = state.venues;
  if (state.algorithms.length) filter['algorithms'] = state.algorithms;
  if (state.rewards.length) filter['rewards'] = state.rewards;
  if (state.benchmarks.length) filter['benchmarks'] = state.benchmarks;
  if (state.authors.length) filter['authors'] = state.authors;
  if (state.year) {
    filter['yearFrom'] = Number(state.year);
    filter['yearTo'] = Number(state.year);
  }
  if (state.code) filter['hasCode'] = state.code === 'yes';
  return { ...filter, ...extra };
}

/** What facets depend on: the query and the selected facets, not the sort or the page. */
export function facetKey(state: SearchState): string {
  return JSON.stringify([state.query, toPaperFilter(state)]);
}
