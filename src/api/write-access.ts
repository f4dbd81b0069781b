import type { GraphQLSchema } from 'graphql';
import { defaultFieldResolver } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { ApiContext } from './context';

/**
 * Refuses a write unless the request carried the server's write token. Not a typed result: an
 * unauthorised client gets a GraphQL error (code FORBIDDEN) and nothing runs.
 */
export function requireWriteAccess(ctx: ApiContext): void {
  if (ctx.canWrite) return;
  const message = ctx.writesEnabled
    ? 'Writes need the server’s write token: send `Authorization: Bearer <token>`. Nothing was changed.'
    : 'Writes are disabled: this server was started without a write token (SURVEYGRAPH_TOKEN or --token-file). Nothing was changed.';
  throw createGraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Puts the write check in front of every mutation field, so a mutation added later cannot
 * forget it: the check runs before the field's own resolver (and before its errors plugin).
 */
export function guardMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: ApiContext, info) => {
      requireWriteAccess(ctx);
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}
