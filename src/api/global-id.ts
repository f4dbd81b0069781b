import { decodeGlobalID } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';

/** Decodes a global id that must name an object of `typename`; a clear error otherwise. */
export function decodeGlobalIdOf(typename: string, globalId: string): number {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  if (!decoded || decoded.typename !== typename || !/^\d+$/.test(decoded.id)) {
    throw createGraphQLError(`"${globalId}" is not the id of a ${typename}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return Number(decoded.id);
}
