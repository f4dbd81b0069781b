import type { CitationNode } from '../../model/citation-network/citation-graph';
import { rankByPageRank } from '../../model/citation-network/citation-centrality';
import type { CoverageGap } from '../../model/citation-network/citation-gaps';
import {
  compareSurveyWithList,
  findCoverageGaps,
  findUncitedListedPapers,
} from '../../model/citation-network/citation-gaps';
import { findCitationPath } from '../../model/citation-network/citation-path';
import { listExists, listListedPaperIds } from '../../store/citation-graph.store';
import { builder } from '../builder';
import { citationGraphOf, findCitationNode } from '../citation-graph-cache';
import type { ApiContext } from '../context';
import { badInput } from './analysis-dimension';
import { CitationNodeType } from './citation-node';
import { PaperNode } from './paper';

const MAX_ITEMS = 500;

function checkFirst(first: number | null | undefined, fallback: number): number {
  const value = first ?? fallback;
  if (value < 1 || value > MAX_ITEMS)
    throw badInput(`\`first\` must be between 1 and ${MAX_ITEMS} (got ${value}).`);
  return value;
}

function listedPapers(ctx: ApiContext, list: string | null | undefined): Set<number> {
  if (list && !listExists(ctx.db, list)) throw badInput(`No list is named "${list}".`);
  return new Set(listListedPaperIds(ctx.db, list ?? undefined));
}

function requireNode(ctx: ApiContext, text: string, what: string): CitationNode {
  const node = findCitationNode(ctx, text);
  if (!node) throw badInput(`The graph has no ${what} "${text}" (import its citations first).`);
  return node;
}

const CoverageGapType = builder.objectRef<CoverageGap>('CoverageGap').implement({
  description: 'A work the list lacks that its papers (or its survey) cite.',
  fields: (t) => ({
    node: t.field({
      type: CitationNodeType,
      description: 'The missing work.',
      resolve: (g) => ({ node: g.node }),
    }),
    citingListedCount: t.int({
      description: 'How many listed papers cite it.',
      resolve: (g) => g.citingListed.length,
    }),
    citingListed: t.field({
      type: [PaperNode],
      description: 'The listed papers that cite it.',
      resolve: (g) => g.citingListed,
    }),
    citedBySurvey: t.exposeBoolean('citedBySurvey', {
      description: 'Whether the survey cites it (false when no survey was given).',
    }),
  }),
});

interface Coverage {
  gaps: CoverageGap[];
  uncited: number[];
}

const CitationCoverageType = builder.objectRef<Coverage>('CitationCoverage').implement({
  description: 'What the citations reveal about a list: works it misses and papers nothing cites.',
  fields: (t) => ({
    gapCount: t.int({
      description: 'How many gaps there are in all.',
      resolve: (c) => c.gaps.length,
    }),
    gaps: t.field({
      type: [CoverageGapType],
      description: 'Missing works, most-cited by listed papers first.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `How many (at most ${MAX_ITEMS}).` }),
      },
      resolve: (c, args) => c.gaps.slice(0, checkFirst(args.first, 20)),
    }),
    uncitedListedCount: t.int({
      description: 'How many listed papers no paper of the graph cites.',
      resolve: (c) => c.uncited.length,
    }),
    uncitedListed: t.field({
      type: [PaperNode],
      description: 'Listed papers no paper of the graph cites (external citers do not count).',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `How many (at most ${MAX_ITEMS}).` }),
      },
      resolve: (c, args) => c.uncited.slice(0, checkFirst(args.first, 20)),
    }),
  }),
});

interface SurveyReport {
  citedAndListed: number[];
  citedNotListed: CitationNode[];
  listedNotCited: number[];
  citedCount: number;
  listedCount: number;
}

const SurveyVsListType = builder.objectRef<SurveyReport>('SurveyVsList').implement({
  description: "A survey's bibliography against its list, both directions counted.",
  fields: (t) => ({
    citedCount: t.exposeInt('citedCount', {
      description: 'Works the survey cites (imported edges).',
    }),
    listedCount: t.exposeInt('listedCount', { description: 'Papers the list places.' }),
    citedAndListedCount: t.int({
      description: 'Listed papers the survey cites.',
      resolve: (r) => r.citedAndListed.length,
    }),
    citedNotListedCount: t.int({
      description: 'Works the survey cites that the list lacks.',
      resolve: (r) => r.citedNotListed.length,
    }),
    listedNotCitedCount: t.int({
      description: 'Listed papers the survey does not cite.',
      resolve: (r) => r.listedNotCited.length,
    }),
    citedAndListed: t.field({
      type: [PaperNode],
      description: 'Listed papers the survey cites.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `How many (at most ${MAX_ITEMS}).` }),
      },
      resolve: (r, args) => r.citedAndListed.slice(0, checkFirst(args.first, 20)),
    }),
    citedNotListed: t.field({
      type: [CitationNodeType],
      description:
        'Works the survey cites that the list lacks: papers of the graph first, then external works.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `How many (at most ${MAX_ITEMS}).` }),
      },
      resolve: (r, args) =>
        r.citedNotListed.slice(0, checkFirst(args.first, 20)).map((node) => ({ node })),
    }),
    listedNotCited: t.field({
      type: [PaperNode],
      description: 'Listed papers the survey does not cite.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: `How many (at most ${MAX_ITEMS}).` }),
      },
      resolve: (r, args) => r.listedNotCited.slice(0, checkFirst(args.first, 20)),
    }),
  }),
});

interface CentralPaper {
  paperId: number;
  score: number;
  citedByCorpus: number;
}

const CentralPaperType = builder.objectRef<CentralPaper>('CentralPaper').implement({
  description: 'A paper with its PageRank in the corpus citation network.',
  fields: (t) => ({
    paper: t.field({ type: PaperNode, description: 'The paper.', resolve: (c) => c.paperId }),
    score: t.exposeFloat('score', {
      description: 'PageRank (damping 0.85); scores over the ranked papers sum to 1.',
    }),
    citedByCorpus: t.exposeInt('citedByCorpus', {
      description: 'How many of the ranked papers cite it.',
    }),
  }),
});

builder.queryFields((t) => ({
  citationCoverage: t.field({
    type: CitationCoverageType,
    description:
      'What a list misses: works cited by at least `minCiters` listed papers (or by its survey) but not in the list, and listed papers nothing in the graph cites.',
    args: {
      list: t.arg.string({ description: 'The list (default: every list together).' }),
      minCiters: t.arg.int({
        defaultValue: 2,
        description: 'Listed papers that must cite a work for it to count as a gap.',
      }),
      survey: t.arg.string({
        description:
          "The list's survey (Paper id, arXiv id or DOI): what it cites counts as a gap too.",
      }),
    },
    resolve: (_root, args, ctx) => {
      const graph = citationGraphOf(ctx);
      const listed = listedPapers(ctx, args.list);
      const survey = args.survey ? requireNode(ctx, args.survey, 'survey') : undefined;
      const minCiters = args.minCiters ?? 2;
      if (minCiters < 1) throw badInput('`minCiters` must be at least 1.');
      return {
        gaps: findCoverageGaps(graph, listed, { minCiters, survey }),
        uncited: findUncitedListedPapers(graph, listed),
      };
    },
  }),
  surveyVsList: t.field({
    type: SurveyVsListType,
    description:
      "A survey's imported bibliography against a list: what it cites that the list lacks, and listed papers it does not cite.",
    args: {
      list: t.arg.string({ required: true, description: 'The list.' }),
      survey: t.arg.string({
        required: true,
        description: 'The survey: Paper id, arXiv id or DOI.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const listed = listedPapers(ctx, args.list);
      const survey = requireNode(ctx, args.survey, 'survey');
      const graph = citationGraphOf(ctx);
      return {
        ...compareSurveyWithList(graph, survey, listed),
        citedCount: graph.references(survey).length,
        listedCount: listed.size,
      };
    },
  }),
  citationCentrality: t.field({
    type: [CentralPaperType],
    description:
      'Papers by PageRank in the citation network among papers of the graph (or one list’s), most central first.',
    args: {
      list: t.arg.string({
        description: 'Rank only this list’s papers, on the citations among them.',
      }),
      first: t.arg.int({ defaultValue: 20, description: `How many (at most ${MAX_ITEMS}).` }),
    },
    resolve: (_root, args, ctx) => {
      const graph = citationGraphOf(ctx);
      const first = checkFirst(args.first, 20);
      const scope = args.list ? listedPapers(ctx, args.list) : undefined;
      const edges = graph.paperEdges().filter(([a, b]) => !scope || (scope.has(a) && scope.has(b)));
      const ids = scope ? [...scope] : [...new Set(edges.flat())];
      const citedBy = new Map<number, number>();
      for (const [, cited] of edges) citedBy.set(cited, (citedBy.get(cited) ?? 0) + 1);
      return [
        ...rankByPageRank(
          ids.sort((a, b) => a - b),
          edges,
        ),
      ]
        .map(([paperId, score]) => ({ paperId, score, citedByCorpus: citedBy.get(paperId) ?? 0 }))
        .sort((a, b) => b.score - a.score || a.paperId - b.paperId)
        .slice(0, first);
    },
  }),
  citationPath: t.field({
    type: [CitationNodeType],
    nullable: true,
    description:
      'The shortest chain of citations from one work to another (each cites the next); null when there is none.',
    args: {
      from: t.arg.string({
        required: true,
        description: 'Where the chain starts: Paper id, arXiv id or DOI.',
      }),
      to: t.arg.string({
        required: true,
        description: 'Where it ends: Paper id, arXiv id or DOI.',
      }),
      undirected: t.arg.boolean({
        defaultValue: false,
        description: 'Also step from a work to one that cites it.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const from = findCitationNode(ctx, args.from);
      const to = findCitationNode(ctx, args.to);
      if (!from || !to) return null;
      const path = findCitationPath(citationGraphOf(ctx), from, to, {
        undirected: args.undirected ?? false,
      });
      return path?.map((node) => ({ node })) ?? null;
    },
  }),
}));
