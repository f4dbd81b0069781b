import type { Facets } from '../search-shared';
import type { SearchState, SortKey } from '../search-state';
import { FACETS, PAGE_SIZES, searchUrl, toggleFacet } from '../search-state';
import { navigate } from '../route';

const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Best match',
  list: 'Survey order',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title A–Z',
};

/** The selected facet values as removable chips, named as the facets name them. */
export function ActiveFilters({ state, facets }: { state: SearchState; facets: Facets }) {
  const chips = FACETS.flatMap((facet) => {
    const values =
      facet.key === 'year' || facet.key === 'code' ? [state[facet.key]] : state[facet.key];
    return values.filter((v): v is string => Boolean(v)).map((value) => ({ facet, value }));
  });
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label="Active filters">
      {chips.map(({ facet, value }) => (
        <li key={`${facet.key}:${value}`}>
          <a href={searchUrl(toggleFacet(state, facet.key, value))}>
            {facet.label}: {facets[facet.key]?.find((v) => v.value === value)?.label ?? value}{' '}
            <span aria-hidden="true">×</span>
            <span class="sr-only"> (remove)</span>
          </a>
        </li>
      ))}
      <li>
        <a href={searchUrl({ ...state, ...clearFacets() })}>Clear all</a>
      </li>
    </ul>
  );
}

function clearFacets(): Partial<SearchState> {
  return {
    pillars: [],
    sections: [],
    venues: [],
    algorithms: [],
    rewards: [],
    benchmarks: [],
    authors: [],
    year: null,
    code: null,
    page: 1,
  };
}

export function SortControls({ state }: { state: SearchState }) {
  const sorts: SortKey[] = state.query
    ? ['relevance', 'newest', 'oldest', 'title']
    : ['list', 'newest', 'oldest', 'title'];
  return (
    <div class="sort-controls">
      <label>
        Sort{' '}
        <select
          value={state.sort}
          onChange={(e) =>
            navigate(
              searchUrl({
                ...state,
                sort: (e.currentTarget as HTMLSelectElement).value as SortKey,
                page: 1,
              }),
            )
          }
        >
          {sorts.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Per page{' '}
        <select
          value={String(state.size)}
          onChange={(e) =>
            navigate(
              searchUrl({
                ...state,
                size: Number((e.currentTarget as HTMLSelectElement).value),
                page: 1,
              }),
            )
          }
        >
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function Pagination({ state, total }: { state: SearchState; total: number }) {
  const pages = Math.max(1, Math.ceil(total / state.size));
  if (pages === 1) return null;
  const link = (page: number) => searchUrl({ ...state, page });
  return (
    <nav class="pagination" aria-label="Pages">
      {state.page > 1 && (
        <a href={link(state.page - 1)} rel="prev">
          ← Previous
        </a>
      )}
      <span>
        Page {state.page} of {pages}
      </span>
      {state.page < pages && (
        <a href={link(state.page + 1)} rel="next">
          Next →
        </a>
      )}
    </nav>
  );
}
