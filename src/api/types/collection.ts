import { createGraphQLError } from 'graphql-yoga';
import type { Collection, CollectionEntry } from '../../model/curation/collection';
import type { Paper } from '../../model/paper/paper';
import { listCollectionEntries } from '../../store/collection-paper.store';
import {
  countPapersByCollectionIds,
  findCollectionByName,
  listCollections,
  listCollectionsByIds,
  listCollectionsByPaperIds,
  listSourcesByCollectionIds,
} from '../../store/collection.store';
import { listPapersByIds } from '../../store/paper.store';
import { builder } from '../builder';
import { decodeGlobalIdOf } from '../global-id';
import { resolvePage } from '../paging';
import { CollectionSourceType } from './collection-source';
import { PaperNode } from './paper';

export const CollectionNode = builder.loadableNodeRef<Collection, number, number>('Collection', {
  id: { resolve: (collection) => collection.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listCollectionsByIds(ctx.db, ids).map(
      (collection, i) => collection ?? new Error(`no collection ${ids[i]}`),
    ),
});

CollectionNode.implement({
  description:
    'A hand-curated, ordered set of papers with a note and tags per paper. It survives re-ingests: a paper a list drops stays, marked as no longer listed.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique name (compared ignoring case).' }),
    description: t.exposeString('description', {
      description: 'What the collection is for; empty when not described.',
    }),
    createdAt: t.exposeString('createdAt', { description: 'When it was created (ISO 8601).' }),
    updatedAt: t.exposeString('updatedAt', {
      description: 'When it, its papers, their order or their notes last changed (ISO 8601).',
    }),
    paperCount: t.loadable({
      type: 'Int',
      description: 'How many papers it holds.',
      load: async (ids: number[], ctx) => countPapersByCollectionIds(ctx.db, ids),
      resolve: (collection) => collection.id,
    }),
    sources: t.loadableList({
      type: CollectionSourceType,
      description:
        'The filters and searches papers were added from, oldest first; kept for reference (their results were stored as papers).',
      load: async (ids: number[], ctx) => listSourcesByCollectionIds(ctx.db, ids),
      resolve: (collection) => collection.id,
    }),
  }),
});

/** A paper in a collection: the paper as `node`, its place and notes on the edge. */
type CollectionItem = Paper & { entry: CollectionEntry };

const entryOf = (edge: { node: unknown }) => (edge.node as CollectionItem).entry;

builder.objectField(CollectionNode, 'papers', (t) =>
  t.connection(
    {
      type: PaperNode,
      description: 'The papers, in the order set by hand (`position` 1, 2, …).',
      resolve: async (collection, args, ctx) => {
        const total = countPapersByCollectionIds(ctx.db, [collection.id])[0]!;
        return resolvePage(args, total, ({ limit, offset }) => {
          const entries = listCollectionEntries(ctx.db, collection.id, { limit, offset });
          const papers = listPapersByIds(
            ctx.db,
            entries.map((entry) => entry.paperId),
          );
          return entries.map((entry, i): CollectionItem => ({ ...papers[i]!, entry }));
        });
      },
    },
    {
      name: 'CollectionPaperConnection',
      description: 'One page of the papers of a collection, in their hand-set order.',
    },
    {
      name: 'CollectionPaperEdge',
      description: 'A paper in a collection (`node`) with its place, note and tags there.',
      fields: (e) => ({
        position: e.int({
          description: 'Place in the collection, from 1.',
          resolve: (edge) => entryOf(edge).position,
        }),
        note: e.string({
          nullable: true,
          description: 'The curator’s note on this paper here (null when none).',
          resolve: (edge) => entryOf(edge).note,
        }),
        tags: e.stringList({
          description: 'Tags given to this paper in this collection.',
          resolve: (edge) => entryOf(edge).tags,
        }),
        addedAt: e.string({
          description: 'When the paper was added to the collection (ISO 8601).',
          resolve: (edge) => entryOf(edge).addedAt,
        }),
        listed: e.boolean({
          description:
            'False once every list that placed the paper has dropped it; it stays in the collection.',
          resolve: (edge) => entryOf(edge).listed,
        }),
      }),
    },
  ),
);

builder.objectField(PaperNode, 'collections', (t) =>
  t.loadableList({
    type: CollectionNode,
    description: 'The collections this paper is in, by name.',
    load: async (ids: number[], ctx) => listCollectionsByPaperIds(ctx.db, ids),
    resolve: (paper) => paper.id,
  }),
);

builder.queryFields((t) => ({
  collections: t.field({
    type: [CollectionNode],
    description: 'Every collection, by name.',
    resolve: (_root, _args, ctx) => listCollections(ctx.db),
  }),
  collection: t.field({
    type: CollectionNode,
    nullable: true,
    description: 'One collection by global id or by name (null when none matches).',
    args: {
      id: t.arg.id({ description: 'Global id of the collection.' }),
      name: t.arg.string({ description: 'Name of the collection, in any case.' }),
    },
    resolve: (_root, args, ctx) => {
      if ((args.id == null) === (args.name == null)) {
        throw createGraphQLError('Give exactly one of `id` or `name`.', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      if (args.name != null) return findCollectionByName(ctx.db, args.name) ?? null;
      const id = decodeGlobalIdOf('Collection', String(args.id));
      return listCollectionsByIds(ctx.db, [id])[0] ?? null;
    },
  }),
}));
