import type { GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import type { ApiContext } from './context';

/**
 * Puts a look at the operation's signal (`ApiContext.signal`) in front of every field that has a
 * resolver, so an operation whose time budget is spent, or whose client went away, stops before
 * the next resolver runs. graphql-js asks the signal before each field itself; the compiled
 * executor (graphql-jit) does not, and this makes it stop at the same places where work is done.
 * Fields without a resolver (plain property reads, inlined by the compiled executor) stay
 * without one. Introspection types belong to graphql-js itself and are left alone.
 */
export function stopWhenAborted(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, ctx: ApiContext | undefined, info) => {
        ctx?.signal?.throwIfAborted();
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
