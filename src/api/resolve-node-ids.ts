import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { isObjectType } from 'graphql';

export interface ParsedGlobalId {
  typename: string;
  id: unknown;
}

type ParseId = (id: string, ctx: unknown) => unknown;

/**
 * Decodes the ids given to `node`/`nodes` leniently: an id that does not decode, or names a type
 * that is not a Node, becomes null (the object does not exist) instead of failing the whole call
 * with an error and a logged stack trace.
 */
export function parseNodeIds(
  ids: readonly unknown[],
  ctx: unknown,
  info: GraphQLResolveInfo,
): (ParsedGlobalId | null)[] {
  return ids.map((raw) => {
    if (typeof raw !== 'string') return null;
    let decoded: { typename: string; id: string };
    try {
      decoded = decodeGlobalID(raw);
    } catch {
      return null;
    }
    const type = info.schema.getType(decoded.typename);
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) return null;
    const parse = (type.extensions as { pothosParseGlobalID?: ParseId }).pothosParseGlobalID;
    const id = parse ? parse(decoded.id, ctx) : decoded.id;
    return typeof id === 'number' && !Number.isSafeInteger(id)
      ? null
      : { typename: decoded.typename, id };
  });
}

/** Our node loaders answer an unknown id with `new Error('no <type> <id>')`: that means null. */
export function isUnknownNodeError(error: unknown): boolean {
  return error instanceof Error && /^no [\w ]+ \S+$/.test(error.message);
}
