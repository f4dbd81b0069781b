import { NotThisFormatError } from '../types';
import type { ParseResult } from '../types';
import type { FetchFailure } from '../http/fetch-failure';
import { classifyFetchFailure, readRetryAfter } from '../http/fetch-failure';
import type { ArxivPaperRecord } from './atom-entry-to-record';
import { parseArxivAtom } from './parse-arxiv-atom';

/** What one HTTP attempt came to. */
export type ArxivAttempt =
  | { kind: 'feed'; text: string; result: ParseResult<ArxivPaperRecord>; cacheable: boolean }
  | { kind: 'rejected'; reason: string }
  | FetchFailure;

/** One GET, aborted after `timeoutMs` (headers and body together). */
export async function requestArxivOnce(
  fetchImpl: typeof fetch,
  url: string,
  timeoutMs: number,
): Promise<ArxivAttempt> {
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
    return classifyResponse(url, response, await response.text());
  } catch (error) {
    return classifyFetchFailure(error, timeoutMs);
  }
}

function classifyResponse(url: string, response: Response, text: string): ArxivAttempt {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 429 || response.status >= 500) {
    return { kind: 'retry', reason: status, retryAfterMs: readRetryAfter(response) };
  }
  try {
    // The API reports bad queries as an Atom error feed, sometimes with a 400 status.
    return { kind: 'feed', text, result: parseArxivAtom(text, url), cacheable: response.ok };
  } catch (error) {
    if (!(error instanceof NotThisFormatError)) throw error;
    const answer = JSON.stringify(text.trim().slice(0, 80));
    if (response.ok) return { kind: 'retry', reason: `the answer is not an Atom feed: ${answer}` };
    return { kind: 'rejected', reason: `${status}: ${answer}` };
  }
}
