import { createGraphQLError } from 'graphql-yoga';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { MAX_PAGE_SIZE } from '../model/selection/paper-filter';

export const DEFAULT_PAGE_SIZE = 20;

/** Rejects page sizes outside 1…MAX_PAGE_SIZE with a message the client can act on. */
export function checkPageArgs(args: DefaultConnectionArguments): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value === null || value === undefined) continue;
    if (value < 0 || value > MAX_PAGE_SIZE) {
      throw createGraphQLError(
        `\`${name}\` must be between 0 and ${MAX_PAGE_SIZE} (got ${value}); page with \`after\` to read more.`,
        { extensions: { code: 'BAD_USER_INPUT' } },
      );
    }
  }
}

/** An offset-paginated connection with its total count. */
export async function resolvePage<T>(
  args: DefaultConnectionArguments,
  totalCount: number,
  loadPage: (page: { limit: number; offset: number }) => T[] | Promise<T[]>,
) {
  checkPageArgs(args);
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount },
    loadPage,
  );
  return { ...connection, totalCount };
}
