import { useEffect, useState } from 'preact/hooks';
import { FacetPanel } from '../components/facet-panel';
import { PaperList } from '../components/paper-list';
import { ActiveFilters, Pagination, SortControls } from '../components/search-controls';
import { navigate } from '../route';
import { loadFacets, loadResults } from '../search-data';
import type { SearchState } from '../search-state';
import { facetKey, searchUrl } from '../search-state';
import { useQuery } from '../use-query';

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
