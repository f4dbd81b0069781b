import type { Author } from '../../model/paper/paper';
import { createGraphQLError } from 'graphql-yoga';
import {
  countAuthors,
  countPapersByAuthorIds,
  findAuthorByName,
  listAuthors,
  listAuthorsByIds,
} from '../../store/author.store';
import { builder } from '../builder';
import { decodeGlobalIdOf } from '../global-id';
import { resolvePage } from '../paging';

export const AuthorNode = builder.loadableNodeRef<Author, number, number>('Author', {
  id: { resolve: (author) => author.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listAuthorsByIds(ctx.db, ids).map((author, i) => author ?? new Error(`no author ${ids[i]}`)),
});

AuthorNode.implement({
  description: 'A person credited on papers; one node per normalised name.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name as first seen, e.g. `Fanqing Meng`.' }),
    paperCount: t.loadable({
      type: 'Int',
      description: 'How many papers in the graph this author is credited on.',
      load: async (ids: number[], ctx) => countPapersByAuthorIds(ctx.db, ids),
      resolve: (author) => author.id,
    }),
  }),
});

export const AuthorOrderEnum = builder.enumType('AuthorOrder', {
  description: 'How a list of authors is sorted.',
  values: {
    NAME: { description: 'Alphabetically by name as first seen.' },
    PAPER_COUNT: { description: 'Most papers in the graph first, then by name.' },
  } as const,
});

builder.queryFields((t) => ({
  authors: t.connection(
    {
      type: AuthorNode,
      description: 'Authors credited on papers in the graph, a page at a time (`first` ≤ 100).',
      args: {
        nameContains: t.arg.string({
          description: 'Only authors whose name contains this, ignoring case and accents.',
        }),
        orderBy: t.arg({ type: AuthorOrderEnum, defaultValue: 'NAME', description: 'Sort order.' }),
      },
      resolve: (_root, args, ctx) => {
        const nameContains = args.nameContains ?? undefined;
        return resolvePage(args, countAuthors(ctx.db, nameContains), ({ limit, offset }) =>
          listAuthors(ctx.db, { nameContains, order: args.orderBy ?? 'NAME', limit, offset }),
        );
      },
    },
    { name: 'AuthorConnection', description: 'One page of authors, with the total count.' },
    { name: 'AuthorEdge', description: 'An author in a page, with its cursor.' },
  ),
  author: t.field({
    type: AuthorNode,
    nullable: true,
    description: 'One author by global id or by name (null when none matches).',
    args: {
      id: t.arg.id({ description: 'Global id of the author.' }),
      name: t.arg.string({
        description:
          'Full name in either order (`Fanqing Meng`, `Meng, Fanqing`), ignoring case and accents.',
      }),
    },
    resolve: (_root, args, ctx) => {
      if ((args.id == null) === (args.name == null)) {
        throw createGraphQLError('Give exactly one of `id` or `name`.', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      if (args.id != null)
        return listAuthorsByIds(ctx.db, [decodeGlobalIdOf('Author', String(args.id))])[0] ?? null;
      return findAuthorByName(ctx.db, args.name!) ?? null;
    },
  }),
}));
