import type { CitationGraph, CitationNode } from '../../model/citation-network/citation-graph';
import { paperIdOf, paperNode } from '../../model/citation-network/citation-graph';
import type { CitationSimilarity } from '../../model/citation-network/citation-similarity';
import { rankCoCited, rankCoupled } from '../../model/citation-network/citation-similarity';
import { listListedPaperIds } from '../../store/citation-graph.store';
import { builder } from '../builder';
import { citationGraphOf } from '../citation-graph-cache';
import type { ApiContext } from '../context';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { resolvePage } from '../paging';
import { badInput } from './analysis-dimension';
import type { CitationLinkValue } from './citation-link';
import { CitationLinkType } from './citation-link';
import { CitationNodeType } from './citation-node';
import { PaperNode } from './paper';

const CitationScopeEnum = builder.enumType('CitationScope', {
  description: 'Which ends of citations to keep.',
  values: {
    ALL: { value: 'all', description: 'Every cited or citing work, external ones included.' },
    CORPUS: { value: 'corpus', description: 'Only papers of the graph.' },
    LISTED: { value: 'listed', description: 'Only papers some list places.' },
  } as const,
});

type Scope = 'all' | 'corpus' | 'listed';

const listedSets = new WeakMap<ApiContext, Set<number>>();

function listedOf(ctx: ApiContext): Set<number> {
  let listed = listedSets.get(ctx);
  if (!listed) {
    listed = new Set(listListedPaperIds(ctx.db));
    listedSets.set(ctx, listed);
  }
  return listed;
}

function inScope(ctx: ApiContext, node: CitationNode, scope: Scope): boolean {
  if (scope === 'all') return true;
  const paperId = paperIdOf(node);
  return paperId !== undefined && (scope === 'corpus' || listedOf(ctx).has(paperId));
}

/** Papers of the graph first (listed ones first among them), then external works; stable. */
function sortLinks(ctx: ApiContext, nodes: CitationNode[]): CitationNode[] {
  const rank = (node: CitationNode) => {
    const paperId = paperIdOf(node);
    return paperId === undefined ? 2 : listedOf(ctx).has(paperId) ? 0 : 1;
  };
  return nodes.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/** One page of a paper's references or citers, in scope, sorted. */
function pageOfLinks(
  ctx: ApiContext,
  paperId: number,
  direction: 'references' | 'citedBy',
  args: DefaultConnectionArguments & { scope?: Scope | null | undefined },
) {
  const graph = citationGraphOf(ctx);
  const self = paperNode(paperId);
  const ends = direction === 'references' ? graph.references(self) : graph.citers(self);
  const nodes = sortLinks(
    ctx,
    ends.filter((n) => inScope(ctx, n, args.scope ?? 'all')),
  );
  return resolvePage(args, nodes.length, ({ limit, offset }) =>
    linksOf(graph, paperId, direction, nodes.slice(offset, offset + limit)),
  );
}

function linksOf(
  graph: CitationGraph,
  paperId: number,
  direction: 'references' | 'citedBy',
  nodes: CitationNode[],
): CitationLinkValue[] {
  const self = paperNode(paperId);
  return nodes.map((node) => ({
    node,
    pairs: direction === 'references' ? graph.workPairs(self, node) : graph.workPairs(node, self),
  }));
}

interface CitationCounts {
  total: number;
  corpus: number;
  listed: number;
}

const CitationCountsType = builder.objectRef<CitationCounts>('CitationCounts').implement({
  description: 'How many works a paper cites (or is cited by), overall and inside the corpus.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'All of them, external works included.' }),
    corpus: t.exposeInt('corpus', { description: 'Those that are papers of the graph.' }),
    listed: t.exposeInt('listed', { description: 'Those that are papers some list places.' }),
  }),
});

const CitationSimilarityType = builder
  .objectRef<CitationSimilarity>('CitationSimilarity')
  .implement({
    description: 'A work similar to a paper by its citations, with how much they share.',
    fields: (t) => ({
      node: t.field({
        type: CitationNodeType,
        description: 'The similar work.',
        resolve: (s) => ({ node: s.node }),
      }),
      shared: t.exposeInt('shared', {
        description: 'How many works they share: citers (co-citation) or references (coupling).',
      }),
      score: t.exposeFloat('score', { description: "Salton's cosine: shared / √(n₁·n₂), 0–1." }),
    }),
  });

function counts(ctx: ApiContext, nodes: CitationNode[]): CitationCounts {
  return {
    total: nodes.length,
    corpus: nodes.filter((n) => inScope(ctx, n, 'corpus')).length,
    listed: nodes.filter((n) => inScope(ctx, n, 'listed')).length,
  };
}

builder.objectFields(PaperNode, (t) => ({
  references: t.connection(
    {
      type: CitationLinkType,
      description:
        'Works this paper cites, from every imported citation source: papers of the graph first (listed ones first), then external works.',
      args: {
        scope: t.arg({
          type: CitationScopeEnum,
          defaultValue: 'all',
          description: 'Which cited works to keep.',
        }),
      },
      resolve: (paper, args, ctx) => pageOfLinks(ctx, paper.id, 'references', args),
    },
    {
      name: 'PaperReferencesConnection',
      description: 'One page of the works a paper cites, with the total.',
    },
    { name: 'PaperReferencesEdge', description: 'A cited work in a page, with its cursor.' },
  ),
  citedBy: t.connection(
    {
      type: CitationLinkType,
      description:
        'Works that cite this paper: papers of the graph first (listed ones first), then external works.',
      args: {
        scope: t.arg({
          type: CitationScopeEnum,
          defaultValue: 'all',
          description: 'Which citing works to keep.',
        }),
      },
      resolve: (paper, args, ctx) => pageOfLinks(ctx, paper.id, 'citedBy', args),
    },
    {
      name: 'PaperCitedByConnection',
      description: 'One page of the works citing a paper, with the total.',
    },
    { name: 'PaperCitedByEdge', description: 'A citing work in a page, with its cursor.' },
  ),
  referenceCount: t.field({
    type: CitationCountsType,
    description: 'How many works it cites: overall, papers of the graph, listed papers.',
    resolve: (paper, _args, ctx) =>
      counts(ctx, citationGraphOf(ctx).references(paperNode(paper.id))),
  }),
  citedByCount: t.field({
    type: CitationCountsType,
    description: 'How many works cite it: overall, papers of the graph, listed papers.',
    resolve: (paper, _args, ctx) => counts(ctx, citationGraphOf(ctx).citers(paperNode(paper.id))),
  }),
  coCited: similarityField(
    t,
    rankCoCited,
    'Works most often cited together with this paper (co-citation), most shared citers first.',
  ),
  coupled: similarityField(
    t,
    rankCoupled,
    'Works that cite the most of what this paper cites (bibliographic coupling), most shared references first.',
  ),
}));

const MAX_SIMILAR = 100;

function similarityField(
  t: Parameters<Parameters<typeof builder.objectFields<typeof PaperNode>>[1]>[0],
  rank: (graph: CitationGraph, node: CitationNode) => CitationSimilarity[],
  description: string,
) {
  return t.field({
    type: [CitationSimilarityType],
    description,
    args: {
      first: t.arg.int({ defaultValue: 10, description: `How many (at most ${MAX_SIMILAR}).` }),
      scope: t.arg({
        type: CitationScopeEnum,
        defaultValue: 'corpus',
        description: 'Which works to suggest.',
      }),
    },
    resolve: (paper, args, ctx) => {
      const first = args.first ?? 10;
      if (first < 1 || first > MAX_SIMILAR)
        throw badInput(`\`first\` must be between 1 and ${MAX_SIMILAR} (got ${first}).`);
      return rank(citationGraphOf(ctx), paperNode(paper.id))
        .filter((s) => inScope(ctx, s.node, args.scope ?? 'corpus'))
        .slice(0, first);
    },
  });
}
