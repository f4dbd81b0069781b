import { describeSearchQueryProblem } from '../../model/search-query-limits';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { Paper } from '../../model/paper';
import type { QueryUnit } from '../../search/expand-query';
import type { PaperHit } from '../../search/paper-index';
import type { FacetCount } from '../../store/facet.store';
import {
  countEntityFacet,
  countPillarFacet,
  countSectionFacet,
  countYearFacet,
} from '../../store/facet.store';
import { listPapersByIds, narrowPaperIdsByFilter } from '../../store/paper.store';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { checkPageArgs, DEFAULT_PAGE_SIZE } from '../paging';
import { MAX_PAGE_SIZE } from '../../model/paper-filter';
import { PaperNode } from './paper';
import { PaperFilterInput, toPaperFilter } from './paper-filter-input';
import { QueryExpansionType } from './search-expansion';

/** A paper found by search, with why it was found. */
type SearchNode = Paper & { hit: PaperHit };

interface SearchFacets {
  paperIds: number[];
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
      resolve: (f, _args, ctx) => countPillarFacet(ctx.db, f.paperIds),
    }),
    sections: t.field({
      type: [FacetCountType],
      description: 'Matching papers per section that lists them; values are Section global ids.',
      resolve: (f, _args, ctx) =>
        countSectionFacet(ctx.db, f.paperIds).map((c) => ({
          ...c,
          value: encodeSectionId(c.value),
        })),
    }),
    years: t.field({
      type: [FacetCountType],
      description: 'Matching papers per year, newest first.',
      resolve: (f, _args, ctx) => countYearFacet(ctx.db, f.paperIds),
    }),
    algorithms: t.field({
      type: [FacetCountType],
      description:
        "Matching papers per algorithm (a family counts its variants' papers too); values are slugs for `PaperFilterInput.algorithms`.",
      resolve: (f, _args, ctx) => countEntityFacet(ctx.db, 'algorithm', f.paperIds),
    }),
    rewards: t.field({
      type: [FacetCountType],
      description:
        'Matching papers per reward design; values are slugs for `PaperFilterInput.rewards`.',
      resolve: (f, _args, ctx) => countEntityFacet(ctx.db, 'reward', f.paperIds),
    }),
    benchmarks: t.field({
      type: [FacetCountType],
      description:
        'Matching papers per benchmark; values are slugs for `PaperFilterInput.benchmarks`.',
      resolve: (f, _args, ctx) => countEntityFacet(ctx.db, 'benchmark', f.paperIds),
    }),
    paradigms: t.field({
      type: [FacetCountType],
      description:
        'Matching papers per paradigm; values are slugs for `PaperFilterInput.paradigms`.',
      resolve: (f, _args, ctx) => countEntityFacet(ctx.db, 'paradigm', f.paperIds),
    }),
  }),
});

function encodeSectionId(id: string): string {
  return Buffer.from(`Section:${id}`).toString('base64');
}

/** Search hits that also satisfy the filter, best first. */
function findHits(
  ctx: ApiContext,
  query: string,
  filterInput: Parameters<typeof toPaperFilter>[0],
): PaperHit[] {
  if (!query.trim()) {
    throw createGraphQLError('`query` must contain at least one word.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const problem = describeSearchQueryProblem(query);
  if (problem) throw createGraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
  const hits = ctx.index.search(query);
  const filter = toPaperFilter(filterInput);
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
      description:
        'Full-text search over titles, authors, venues, section names and abstracts: prefix and typo-tolerant, best match first.',
      args: {
        query: t.arg.string({
          required: true,
          description: 'Words to look for, e.g. `grpo image generation`.',
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
        const papers = listPapersByIds(
          ctx.db,
          page.edges.map((e) => e.node.paperId),
        );
        const edges = page.edges.map((edge, i) => ({
          cursor: edge.cursor,
          node: { ...papers[i]!, hit: edge.node },
        }));
        return {
          ...page,
          edges,
          totalCount: hits.length,
          facets: { paperIds: hits.map((h) => h.paperId) },
          expansions: ctx.index.expand(args.query).filter((unit) => unit.alternatives.length > 0),
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
          resolve: (parent) => (parent as unknown as { facets: SearchFacets }).facets,
        }),
        expansions: c.field({
          type: [QueryExpansionType],
          description:
            'How the query was widened: words naming a known concept (ontology names and aliases, common abbreviations) and the other spellings searched for too.',
          resolve: (parent) => (parent as unknown as { expansions: QueryUnit[] }).expansions,
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'One search result: the paper as `node`, with its score and what matched.',
      fields: (e) => ({
        score: e.float({
          description: 'Relevance (BM25 with field boosts); higher is better.',
          resolve: (edge) => (edge.node as SearchNode).hit.score,
        }),
        matchedTerms: e.stringList({
          description: 'Indexed terms that matched the query words.',
          resolve: (edge) => (edge.node as SearchNode).hit.terms,
        }),
        matchedFields: e.stringList({
          description:
            'Fields the matches were found in: title, authors, venue, sections, abstract, arxivId.',
          resolve: (edge) => (edge.node as SearchNode).hit.fields,
        }),
      }),
    },
  ),
);
