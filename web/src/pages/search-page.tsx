import { useEffect, useState } from 'preact/hooks';
import { FacetPanel } from '../components/facet-panel';
import { PaperList } from '../components/paper-list';
import { navigate } from '../route';
import type { Facets } from '../search-data';
import { facetKey, loadFacets, loadResults } from '../search-data';
import type { SearchState, SortKey } from '../search-state';
import { FACETS, PAGE_SIZES, searchUrl, toggleFacet } from '../search-state';
import { useQuery } from '../use-query';

const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Best match',
  list: 'Survey order',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title A–Z',
};

/** Search and browse: one box, facets with counts, sorting and pages, all in the URL. */
export function SearchPage({ state }: { state: SearchState }) {
  const [result] = useQuery(() => loadResults(state), searchUrl(state));
  const [facets] = useQuery(() => loadFacets(state), facetKey(state));
  return (
    <div class="search-page">
      <h1 class="sr-only">Search the survey</h1>
      <SearchBox state={state} />
      <ActiveFilters state={state} facets={facets.state === 'done' ? facets.data : {}} />
      {result.state === 'error' && (
        <p role="alert" class="error">
          {result.message}
        </p>
      )}
      {result.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {result.state === 'done' && (
        <div class="with-facets">
          <details class="facet-toggle" open={!isPhone()}>
            <summary>Facets</summary>
            {facets.state === 'done' ? (
              <FacetPanel state={state} facets={facets.data} />
            ) : (
              <p aria-busy={facets.state === 'loading'}>
                {facets.state === 'error' ? facets.message : 'Counting…'}
              </p>
            )}
          </details>
          <section aria-labelledby="results-heading" class="results" data-state="done">
            <div class="results-bar">
              <h2 id="results-heading" aria-live="polite">
                <span data-testid="total">{result.data.totalCount}</span>{' '}
                {result.data.totalCount === 1 ? 'paper' : 'papers'}
              </h2>
              <SortControls state={state} />
            </div>
            {result.data.expansions.length > 0 && (
              <p class="note" data-testid="expansions">
                Also searched for:{' '}
                {result.data.expansions
                  .map((e) => `${e.text} → ${e.alternatives.join(', ')}`)
                  .join('; ')}
              </p>
            )}
            {result.data.hitsCapped && (
              <p class="note">
                Sorting and the venue and author counts cover the best {result.data.hitsCapped}{' '}
                hits.
              </p>
            )}
            <PaperList papers={result.data.rows} start={(state.page - 1) * state.size + 1} />
            <Pagination state={state} total={result.data.totalCount} />
          </section>
        </div>
      )}
    </div>
  );
}

function isPhone(): boolean {
  return window.matchMedia('(max-width: 700px)').matches;
}

function SearchBox({ state }: { state: SearchState }) {
  const [text, setText] = useState(state.query);
  useEffect(() => setText(state.query), [state.query]);
  function submit(event: Event) {
    event.preventDefault();
    const query = text.trim();
    navigate(searchUrl({ ...state, query, page: 1, sort: query ? 'relevance' : 'list' }));
  }
  return (
    <form role="search" class="search-box" onSubmit={submit}>
      <label for="q" class="sr-only">
        Search papers
      </label>
      <input
        id="q"
        type="search"
        name="q"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        placeholder="grpo image generation, T2I reward, VLA …"
        autocomplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}

/** The selected facet values as removable chips, named as the facets name them. */
function ActiveFilters({ state, facets }: { state: SearchState; facets: Facets }) {
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

function SortControls({ state }: { state: SearchState }) {
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

function Pagination({ state, total }: { state: SearchState; total: number }) {
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
