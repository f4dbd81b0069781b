import { readToken } from './token';

/** A GraphQL error as the API reports it (the message is meant for people). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Runs one operation against the public API at /graphql. Mutations carry the write token the
 * person entered in this tab (never stored beyond sessionStorage). Errors become an ApiError.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = readToken();
  if (token && /^\s*mutation\b/.test(query)) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${response.status} without JSON.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError('The server sent no data.');
  return body.data;
}

/** The result of a mutation that returns a union with an Error member. */
export interface MutationResult {
  __typename: string;
  message?: string;
}

/** Throws the error member's message, so callers handle mutation failures in one place. */
export function checkMutation<T extends MutationResult>(result: T | null | undefined): T {
  if (!result) throw new ApiError('Nothing was changed.');
  if (result.message !== undefined && result.__typename !== 'Collection') {
    throw new ApiError(result.message);
  }
  return result;
}
