import type { Paper } from '../../model/paper/paper';
import { listAuthorsByPaperIds } from '../../store/author.store';
import { listPillarsByPaperIds } from '../../store/entity.store';
import { listLinksByPaperIds } from '../../store/link.store';
import {
  countPapers,
  findPaperByArxivId,
  listPapers,
  listPapersByIds,
} from '../../store/paper.store';
import { listConflictsByPaperIds, listProvenanceByPaperIds } from '../../store/provenance.store';
import { listSectionsByPaperIds } from '../../store/section.store';
import { parseArxivId } from '../../model/paper/arxiv-id';
import { createGraphQLError } from 'graphql-yoga';
import { builder } from '../builder';
import { decodeGlobalIdOf } from '../global-id';
import { resolvePage } from '../paging';
import { AuthorNode } from './author';
import { ConflictType, LinkType, PaperKindEnum, ProvenanceType } from './paper-facts';
import { PaperFilterInput, PaperOrderEnum, readPaperFilter } from './paper-filter-input';
import { PillarNode } from './pillar';
import { SectionNode } from './section';

export const PaperNode = builder.loadableNodeRef<Paper, number, number>('Paper', {
  id: { resolve: (paper) => paper.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listPapersByIds(ctx.db, ids).map((paper, i) => paper ?? new Error(`no paper ${ids[i]}`)),
});

PaperNode.implement({
  description:
    'A work the graph knows: a paper, preprint, blog post or course, merged over its sources.',
  fields: (t) => ({
    arxivId: t.exposeString('arxivId', {
      nullable: true,
      description: 'arXiv identifier without version, e.g. `2503.07365`.',
    }),
    doi: t.exposeString('doi', {
      nullable: true,
      description: 'DOI, when the work has one besides arXiv.',
    }),
    title: t.exposeString('title', { description: 'Title as the list gives it.' }),
    shortName: t.string({
      nullable: true,
      description: 'The short name a list gives the paper apart from its title, e.g. `DT`.',
      resolve: (paper) => paper.shortName ?? null,
    }),
    year: t.exposeInt('year', {
      nullable: true,
      description: 'Year of the work (publication, else preprint).',
    }),
    month: t.exposeInt('month', { nullable: true, description: 'Month 1–12, when known.' }),
    venue: t.exposeString('venue', {
      nullable: true,
      description: 'Where it was published, e.g. `NeurIPS`; null for preprints.',
    }),
    dateText: t.exposeString('dateText', {
      nullable: true,
      description: 'The date note exactly as the list wrote it.',
    }),
    published: t.exposeString('published', {
      nullable: true,
      description: 'First submission or publication date `YYYY-MM-DD`, from metadata.',
    }),
    kind: t.field({
      type: PaperKindEnum,
      description: 'What kind of work this is.',
      resolve: (p) => p.kind,
    }),
    abstract: t.exposeString('abstract', {
      nullable: true,
      description: "The authors' abstract, when ingested metadata provides it.",
    }),
    authors: t.loadableList({
      type: AuthorNode,
      description: 'Authors in byline order (empty until metadata is ingested).',
      load: async (ids: number[], ctx) => listAuthorsByPaperIds(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
    links: t.loadableList({
      type: LinkType,
      description: 'Links: arXiv, code repository, project page, publisher page …',
      load: async (ids: number[], ctx) => listLinksByPaperIds(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
    sections: t.loadableList({
      type: SectionNode,
      description: 'Every list section that places this paper.',
      load: async (ids: number[], ctx) => listSectionsByPaperIds(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
    pillars: t.loadableList({
      type: PillarNode,
      description: 'The survey pillars (or list groups) of those sections.',
      load: async (ids: number[], ctx) => listPillarsByPaperIds(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
    listed: t.loadable({
      type: 'Boolean',
      description: 'False once every list that placed this paper has dropped it.',
      load: async (ids: number[], ctx) =>
        listSectionsByPaperIds(ctx.db, ids).map((s) => s.length > 0),
      resolve: (paper) => paper.id,
    }),
    provenance: t.loadableList({
      type: ProvenanceType,
      description: 'Which ingest run and source line asserted each fact about this paper.',
      load: async (ids: number[], ctx) => listProvenanceByPaperIds(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
    conflicts: t.loadableList({
      type: ConflictType,
      description: 'Facts two sources disagree on; both values are kept.',
      load: async (ids: number[], ctx) => listConflictsByPaperIds(ctx.db, ids),
      resolve: (paper) => paper.id,
    }),
  }),
});

builder.queryFields((t) => ({
  papers: t.connection({
    type: PaperNode,
    description: 'Papers, filtered and sorted, a page at a time (`first` ≤ 100).',
    args: {
      filter: t.arg({ type: PaperFilterInput, description: 'Which papers to include.' }),
      orderBy: t.arg({ type: PaperOrderEnum, defaultValue: 'LIST', description: 'Sort order.' }),
    },
    resolve: (_root, args, ctx) => {
      const filter = readPaperFilter(ctx.db, args.filter);
      return resolvePage(args, countPapers(ctx.db, filter), ({ limit, offset }) =>
        listPapers(ctx.db, { filter, order: args.orderBy ?? 'LIST', limit, offset }),
      );
    },
  }),
  paper: t.field({
    type: PaperNode,
    nullable: true,
    description: 'One paper by global id or by arXiv id (null when none matches).',
    args: {
      id: t.arg.id({ description: 'Global id of the paper.' }),
      arxivId: t.arg.string({
        description: 'arXiv id, with or without version or `arXiv:` prefix.',
      }),
    },
    resolve: (_root, args, ctx) => {
      if ((args.id == null) === (args.arxivId == null)) {
        throw createGraphQLError('Give exactly one of `id` or `arxivId`.', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      if (args.id != null)
        return listPapersByIds(ctx.db, [decodeGlobalIdOf('Paper', String(args.id))])[0] ?? null;
      const parsed = parseArxivId(args.arxivId!);
      if (!parsed.ok) {
        throw createGraphQLError(`"${args.arxivId}" is not an arXiv id: ${parsed.reason}.`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return findPaperByArxivId(ctx.db, parsed.id) ?? null;
    },
  }),
}));
