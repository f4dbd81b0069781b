/** Longest search text accepted from a client; longer ones are refused, never cut silently. */
export const MAX_SEARCH_QUERY_CHARS = 500;
/** Most words in one search: each word is a prefix and typo-tolerant lookup of its own. */
export const MAX_SEARCH_QUERY_WORDS = 32;

/** Why a search text is refused (a sentence for the client), or undefined when it is fine. */
export function describeSearchQueryProblem(query: string): string | undefined {
  if (query.length > MAX_SEARCH_QUERY_CHARS) {
    return `A search is limited to ${MAX_SEARCH_QUERY_CHARS} characters (got ${query.length}).`;
  }
  const words = query.split(/\s+/).filter(Boolean).length;
  if (words > MAX_SEARCH_QUERY_WORDS) {
    return `A search is limited to ${MAX_SEARCH_QUERY_WORDS} words (got ${words}).`;
  }
  return undefined;
}
