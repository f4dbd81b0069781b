import { gql } from './graphql';
import type { PaperRow } from './paper-row';
import { PAPER_ROW_FIELDS } from './paper-row';
import type { Facets, FacetValue, SearchResult } from './search-shared';
import { byCount, codeFacet, cursorBefore } from './search-shared';
import type { SearchState } from './search-state';
import { toPaperFilter } from './search-state';

interface DimensionValue {
  key: string;
  label: string;
  total: number;
}
type Axis = { rows: DimensionValue[]; columns: DimensionValue[] };

const ORDER: Record<string, string> = {
  list: 'LIST',
  newest: 'NEWEST',
  oldest: 'OLDEST',
  title: 'TITLE',
};

const BROWSE = `query Browse($filter: PaperFilterInput, $first: Int, $after: String, $order: PaperOrder) {
  papers(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount edges { node { ${PAPER_ROW_FIELDS} } } } }`;

export async function loadBrowse(state: SearchState): Promise<SearchResult> {
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

export async function loadBrowseFacets(state: SearchState): Promise<Facets> {
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
