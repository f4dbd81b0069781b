import type { CitationNode } from '../../model/citation-network/citation-graph';
import { nodeOf, paperIdOf, workIdOf } from '../../model/citation-network/citation-graph';
import { parseWorkRefText } from '../../model/citation-network/citation';
import { findWorkByRef, listWorksByIds } from '../../store/work.store';
import { citationGraphOf } from '../citation-graph-cache';
import { badInput } from './analysis-dimension';
import type { Work } from '../../store/work.store';
import { builder } from '../builder';
import { PaperNode } from './paper';

export const CitedWorkType = builder.loadableObjectRef<Work, number>('CitedWork', {
  load: async (ids: number[], ctx) =>
    listWorksByIds(ctx.db, ids).map((work, i) => work ?? new Error(`no work ${ids[i]}`)),
});

CitedWorkType.implement({
  description:
    'A work a citation source names that is not a paper of the graph (or the record of one that is): never listed, never in paper lists, but queryable.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        'Its identity: `arxiv:…`, `doi:…`, `openalex:…`, `s2:…`, `title:…|year` or `raw:…`.',
    }),
    title: t.exposeString('title', {
      nullable: true,
      description: 'Title, when a source gave one.',
    }),
    year: t.exposeInt('year', { nullable: true, description: 'Year, when a source gave one.' }),
    arxivId: t.exposeString('arxivId', { nullable: true, description: 'arXiv id, when known.' }),
    doi: t.exposeString('doi', { nullable: true, description: 'DOI, when known.' }),
    openalexId: t.exposeString('openalexId', {
      nullable: true,
      description: 'OpenAlex work id (`W…`), when known.',
    }),
    s2Id: t.exposeString('s2Id', {
      nullable: true,
      description: 'Semantic Scholar id (`corpus:<id>` or the 40-hex paper id), when known.',
    }),
    raw: t.exposeString('raw', {
      nullable: true,
      description: 'The reference as the source printed it, when it had no structure.',
    }),
    paper: t.field({
      type: PaperNode,
      nullable: true,
      description:
        'The paper of the graph this work is, when one matched (by arXiv id, DOI or title).',
      resolve: (work) => work.paperId,
    }),
  }),
});

/** A node of the citation graph as GraphQL sees it. */
export interface CitationNodeValue {
  node: CitationNode;
}

export const CitationNodeType = builder.objectRef<CitationNodeValue>('CitationNode').implement({
  description:
    'One end of a citation: a paper of the graph, or an external work the graph knows only from citations.',
  fields: (t) => ({
    key: t.string({
      description: '`paper:<id>` for a paper of the graph, `work:<id>` for an external work.',
      resolve: ({ node }) => node.replace(/^p:/, 'paper:').replace(/^w:/, 'work:'),
    }),
    paper: t.field({
      type: PaperNode,
      nullable: true,
      description: 'The paper, when this end is a paper of the graph.',
      resolve: ({ node }) => paperIdOf(node) ?? null,
    }),
    work: t.field({
      type: CitedWorkType,
      nullable: true,
      description: 'The external work, when this end is not a paper of the graph.',
      resolve: ({ node }) => workIdOf(node) ?? null,
    }),
  }),
});

builder.objectFields(CitedWorkType, (t) => ({
  citedBy: t.field({
    type: [CitationNodeType],
    description: 'The works that cite it (papers of the graph first), at most `first`.',
    args: { first: t.arg.int({ defaultValue: 20, description: 'How many (at most 500).' }) },
    resolve: (work, args, ctx) => {
      const first = Math.min(Math.max(args.first ?? 20, 1), 500);
      return citationGraphOf(ctx)
        .citers(nodeOf(work.paperId, work.id))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .slice(0, first)
        .map((node) => ({ node }));
    },
  }),
  citedByCount: t.int({
    description: 'How many works cite it.',
    resolve: (work, _args, ctx) =>
      citationGraphOf(ctx).citers(nodeOf(work.paperId, work.id)).length,
  }),
}));

builder.queryField('citedWork', (t) =>
  t.field({
    type: CitedWorkType,
    nullable: true,
    description:
      'A work citations name, by arXiv id or DOI, whether or not it is a paper of the graph (null when no imported citation names it).',
    args: { ref: t.arg.string({ required: true, description: 'arXiv id or DOI.' }) },
    resolve: (_root, args, ctx) => {
      const ref = parseWorkRefText(args.ref);
      if (!ref) throw badInput(`"${args.ref}" is neither an arXiv id nor a DOI.`);
      return findWorkByRef(ctx.db, ref) ?? null;
    },
  }),
);
