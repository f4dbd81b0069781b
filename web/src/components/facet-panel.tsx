import type { FacetValue, Facets } from '../search-shared';
import type { SearchState } from '../search-state';
import { FACETS, isSelected, searchUrl, toggleFacet } from '../search-state';

const SHOWN = 8;

/** Facets as lists of links with counts; a selected value links to the search without it. */
export function FacetPanel({ state, facets }: { state: SearchState; facets: Facets }) {
  return (
    <nav class="facets" aria-label="Refine by facet">
      {FACETS.map((facet) => {
        const values = facets[facet.key] ?? [];
        if (values.length === 0) return null;
        const selected = values.filter((v) => isSelected(state, facet.key, v.value));
        const rest = values.filter((v) => !isSelected(state, facet.key, v.value));
        const items = (list: FacetValue[]) =>
          list.map((v) => (
            <li key={v.value}>
              <a
                href={searchUrl(toggleFacet(state, facet.key, v.value))}
                aria-current={isSelected(state, facet.key, v.value) ? 'true' : undefined}
                data-facet={facet.param}
                data-value={v.value}
              >
                <span class="facet-label">{v.label}</span> <span class="count">{v.count}</span>
              </a>
            </li>
          ));
        return (
          <section key={facet.key} class="facet" aria-labelledby={`facet-${facet.key}`}>
            <h3 id={`facet-${facet.key}`}>{facet.label}</h3>
            <ul>
              {items(selected)}
              {items(rest.slice(0, SHOWN))}
            </ul>
            {rest.length > SHOWN && (
              <details>
                <summary>{rest.length - SHOWN} more</summary>
                <ul>{items(rest.slice(SHOWN))}</ul>
              </details>
            )}
          </section>
        );
      })}
    </nav>
  );
}
