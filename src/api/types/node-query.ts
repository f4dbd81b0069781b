import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';
import { builder } from '../builder';
import type { ParsedGlobalId } from '../resolve-node-ids';
import { isUnknownNodeError, parseNodeIds } from '../resolve-node-ids';

/** One node per id, null for an id that names nothing; loads still batch (one per type). */
function findNodes(ids: readonly unknown[], ctx: ApiContext, info: GraphQLResolveInfo) {
  return Promise.all(
    parseNodeIds(ids, ctx, info).map((id) => (id ? findNode(id, ctx, info) : null)),
  );
}

async function findNode(id: ParsedGlobalId, ctx: ApiContext, info: GraphQLResolveInfo) {
  try {
    const [node] = await resolveNodes(builder, ctx, info, [id]);
    const value: unknown = await node;
    if (isUnknownNodeError(value)) return null;
    return value ?? null;
  } catch (error) {
    if (isUnknownNodeError(error)) return null;
    throw error;
  }
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any object by its global id (null when none exists).',
    args: {
      id: t.arg.id({ required: true, description: 'A global id, as returned in any `id` field.' }),
    },
    resolve: async (_root, args, ctx, info) => (await findNodes([args.id], ctx, info))[0] ?? null,
  }),
);

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Objects by global ids, in the order asked (null where none exists); the server caps how many ids one call takes (100 by default).',
    args: {
      ids: t.arg.idList({ required: true, description: 'Global ids, as returned in `id` fields.' }),
    },
    resolve: (_root, args, ctx, info) => findNodes(args.ids, ctx, info),
  }),
);
