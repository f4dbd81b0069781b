import { describeSearchQueryProblem } from '../../model/selection/search-query-limits';
import { encodeGlobalID, resolveArrayConnection } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { Paper } from '../../model/paper/paper';
import type { PaperHit } from '../../search/paper-index';
import type { FacetCount } from '../../model/selection/facet-table';
import { FacetTable } from '../../model/selection/facet-table';
import type { FacetName } from '../../store/facet.store';
import { readFacetSources } from '../../store/facet.store';
import { createContentMemo } from '../content-memo';
import type { EntityKind } from '../../model/ontology/ontology';
import { listPapersByIds, narrowPaperIdsByFilter } from '../../store/paper.store';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { checkPageArgs, DEFAULT_PAGE_SIZE } from '../paging';
import { MAX_PAGE_SIZE } from '../../model/selection/paper-filter';
import { PaperNode } from './paper';
import { PaperFilterInput, readPaperFilter } from './paper-filter-input';
import { QueryExpansionType } from './search-expansion';
import { SearchHighlightType } from './search-highlight';
import type { Highlight } from '../../search/highlight-hit';
import { SearchSyntaxError } from '../../search/parse-search-query';

/** A paper found by search, with why it was found; highlights are cut for the page on demand. */
type SearchNode = Paper & { hit: PaperHit; highlights: () => Highlight[] };

interface SearchFacets {
  paperIds: number[];
}

const CONCEPT_FACET_KINDS: EntityKind[] = ['algorithm', 'reward', 'benchmark', 'paradigm'];
const facetMemo = createContentMemo(1);

/** The facet's values of every paper, read once per content version. */
function countFacet(ctx: ApiContext, facets: SearchFacets, name: FacetName): FacetCount[] {
  const tables = facetMemo(
    ctx.db,
    'facets',
    () =>
      new Map(
        [...readFacetSources(ctx.db, CONCEPT_FACET_KINDS)].map(([facet, source]) => [
          facet,
          new FacetTable(source),
        ]),
      ),
  );
  return tables.get(name)!.count(facets.paperIds);
}

const FacetCountType = builder.objectRef<FacetCount>('FacetCount').implement({
  description: 'One value of a facet and how many matching papers have it.',
  fields: (t) => ({
    value: t.exposeString('value', {
      description:
        'Filter value: a pillar, algorithm, reward, benchmark or paradigm slug, a section global id, or a year.',
    }),
    label: t.exposeString('label', { description: 'Human-readable name of the value.' }),
    count: t.exposeInt('count', { description: 'Matching papers with this value.' }),
  }),
});

const SearchFacetsType = builder.objectRef<SearchFacets>('SearchFacets').implement({
  description: 'Counts over all matching papers (not only this page), to refine a search.',
  fields: (t) => ({
    pillars: t.field({
      type: [FacetCountType],
      description: 'Matching papers per pillar or group.',
      resolve: (f, _args, ctx) => countFacet(ctx, f, 'pillars'),
    }),
    sections: t.field({
      type: [FacetCountType],
      description: 'Matching papers per section that lists them; values are Section global ids.',
      resolve: (f, _args, ctx) =>
        countFacet(ctx, f, 'sections').map((c) => ({
          ...c,
          value: encodeSectionId(c.value),
        })),
    }),
    years: t.field({
      type: [FacetCountType],
      description: 'Matching papers per year, newest first.',
      resolve: (f, _args, ctx) => countFacet(ctx, f, 'years'),
    }),
    algorithms: t.field({
      type: [FacetCountType],
      description:
        "Matching papers per algorithm (a family counts its variants' papers too); values are slugs for `PaperFilterInput.algorithms`.",
      resolve: (f, _args, ctx) => countFacet(ctx, f, 'algorithm'),
    }),
    rewards: t.field({
      type: [FacetCountType],
      description:
        'Matching papers per reward design; values are slugs for `PaperFilterInput.rewards`.',
      resolve: (f, _args, ctx) => countFacet(ctx, f, 'reward'),
    }),
    benchmarks: t.field({
      type: [FacetCountType],
      description:
        'Matching papers per benchmark; values are slugs for `PaperFilterInput.benchmarks`.',
      resolve: (f, _args, ctx) => countFacet(ctx, f, 'benchmark'),
    }),
    paradigms: t.field({
      type: [FacetCountType],
      description:
        'Matching papers per paradigm; values are slugs for `PaperFilterInput.paradigms`.',
      resolve: (f, _args, ctx) => countFacet(ctx, f, 'paradigm'),
    }),
  }),
});

function encodeSectionId(id: string): string {
  return encodeGlobalID('Section', id);
}

/**
 * Hits per request and query: the web explorer's search asks for the same query three times in
 * one request (the page, and the counts with and without code), each a full search at 100k.
 */
const hitsByRequest = new WeakMap<ApiContext, Map<string, PaperHit[]>>();

function searchOrReject(ctx: ApiContext, query: string): PaperHit[] {
  let searches = hitsByRequest.get(ctx);
  if (!searches) hitsByRequest.set(ctx, (searches = new Map()));
  const known = searches.get(query);
  if (known) return known;
  try {
    const hits = ctx.index.search(query);
    searches.set(query, hits);
    return hits;
  } catch (error) {
    if (!(error instanceof SearchSyntaxError)) throw error;
    throw createGraphQLError(`Cannot read the search query: ${error.message}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

/** Highlights of the page's hits, cut once for the whole page the first time one is asked for. */
function lazyHighlights(ctx: ApiContext, hits: PaperHit[]): (i: number) => () => Highlight[] {
  let cut: Highlight[][] | undefined;
  return (i) => () => (cut ??= ctx.index.highlight(hits))[i] ?? [];
}

/** Search hits that also satisfy the filter, best first. */
function findHits(
  ctx: ApiContext,
  query: string,
  filterInput: Parameters<typeof readPaperFilter>[1],
): PaperHit[] {
  if (!query.trim()) {
    throw createGraphQLError('`query` must contain at least one word.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const problem = describeSearchQueryProblem(query);
  if (problem) throw createGraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
  const hits = searchOrReject(ctx, query);
  const filter = readPaperFilter(ctx.db, filterInput);
  const allowed = new Set(
    narrowPaperIdsByFilter(
      ctx.db,
      hits.map((h) => h.paperId),
      filter,
    ),
  );
  return hits.filter((h) => allowed.has(h.paperId));
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: PaperNode,
      description: [
        'Full-text search over titles, authors, venues, section names, linked concepts and abstracts. Words are stemmed (thinking = think) and typos in words no paper has are tolerated; known concepts also match their other spellings (GRPO = Group Relative Policy Optimization). Papers with every word come first, then papers with most of them.',
        'Syntax: `"exact phrase"` (required, words adjacent); `-word` or `-"phrase"` leaves papers out; `title:`, `author:`, `venue:`, `abstract:`, `section:`, `arxiv:` limit a word or "phrase" to one field (required); `year:2025`, `year:2023..2025`, `year:2024..`, `year:..2023`; `algorithm:GRPO`, `reward:`, `benchmark:`, `paradigm:`, `pillar:` keep papers linked to that concept (name, alias or slug).',
        'A query that cannot be read (unclosed quote, unknown field, bad year, unknown concept) is a BAD_USER_INPUT error that says what is wrong.',
      ].join(' '),
      args: {
        query: t.arg.string({
          required: true,
          description:
            'What to look for, e.g. `grpo image generation`, `"thinking with images" -video`, `author:Levine year:2024..`.',
        }),
        filter: t.arg({
          type: PaperFilterInput,
          description: 'Only papers that also match this filter.',
        }),
      },
      resolve: (_root, args, ctx) => {
        checkPageArgs(args);
        const hits = findHits(ctx, args.query, args.filter);
        const page = resolveArrayConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          hits,
        );
        const pageHits = page.edges.map((e) => e.node);
        const papers = listPapersByIds(
          ctx.db,
          pageHits.map((hit) => hit.paperId),
        );
        const highlightsOf = lazyHighlights(ctx, pageHits);
        const edges = page.edges.map((edge, i) => ({
          cursor: edge.cursor,
          node: { ...papers[i]!, hit: edge.node, highlights: highlightsOf(i) },
        }));
        return {
          ...page,
          edges,
          totalCount: hits.length,
          facets: { paperIds: hits.map((h) => h.paperId) },
          expansions: ctx.index.expansions(args.query),
          suggestions: () => (hits.length === 0 ? ctx.index.suggest(args.query) : []),
        };
      },
    },
    {
      name: 'SearchConnection',
      description: 'A page of search results with facet counts over all matches.',
      fields: (c) => ({
        facets: c.field({
          type: SearchFacetsType,
          description:
            'Counts by pillar, section, year, algorithm, reward, benchmark and paradigm over every match.',
          resolve: (parent) => parent.facets,
        }),
        expansions: c.field({
          type: [QueryExpansionType],
          description:
            'How the query was widened: words naming a known concept (ontology names and aliases, common abbreviations) and the other spellings searched for too.',
          resolve: (parent) => parent.expansions,
        }),
        suggestions: c.stringList({
          description:
            'When nothing matched: indexed words nearest to the query words no paper has (e.g. `reinforcement` for `reinforcment`); empty otherwise.',
          resolve: (parent) => (parent as unknown as { suggestions: () => string[] }).suggestions(),
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'One search result: the paper as `node`, with its score and what matched.',
      fields: (e) => ({
        score: e.float({
          description:
            'Relevance (BM25 with field boosts, summed over the query words); higher is better within papers that match as many words. Papers with every word rank first whatever their score.',
          resolve: (edge) => (edge.node as SearchNode).hit.score,
        }),
        matchedTerms: e.stringList({
          description:
            'Indexed terms that matched the query words: stems (`think` for thinking, `imag` for images), after typo tolerance.',
          resolve: (edge) => (edge.node as SearchNode).hit.terms,
        }),
        matchedAllWords: e.boolean({
          description:
            'True when the paper has every word of the query; false for papers that only fill the list up with most of them.',
          resolve: (edge) => (edge.node as SearchNode).hit.matchedAll,
        }),
        highlights: e.field({
          type: [SearchHighlightType],
          description:
            'The fields where the query matched (title first, then a fragment of the abstract …), with the matched words located and marked.',
          resolve: (edge) => (edge.node as SearchNode).highlights(),
        }),
        matchedFields: e.stringList({
          description:
            'Fields the matches were found in: title, authors, venue, sections, concepts, abstract, arxivId.',
          resolve: (edge) => (edge.node as SearchNode).hit.fields,
        }),
      }),
    },
  ),
);
