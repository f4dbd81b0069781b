import type { FetchFailure } from '../http/fetch-failure';
import { classifyFetchFailure, readRetryAfter } from '../http/fetch-failure';

/** What one GET came to. */
export type JsonAttempt =
  | { kind: 'ok'; text: string }
  | { kind: 'not-found'; reason: string }
  | { kind: 'rejected'; reason: string }
  | FetchFailure;

/** One GET of a JSON API, aborted after `timeoutMs`; classified, never thrown. */
export async function requestJsonOnce(
  fetchImpl: typeof fetch,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<JsonAttempt> {
  try {
    const response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    const status = `HTTP ${response.status}`;
    if (response.status === 429 || response.status >= 500) {
      return { kind: 'retry', reason: status, retryAfterMs: readRetryAfter(response) };
    }
    if (response.status === 404)
      return { kind: 'not-found', reason: `${status}: ${text.slice(0, 80)}` };
    if (!response.ok) return { kind: 'rejected', reason: `${status}: ${text.slice(0, 120)}` };
    try {
      JSON.parse(text);
    } catch {
      return {
        kind: 'retry',
        reason: `the answer is not JSON: ${JSON.stringify(text.slice(0, 60))}`,
      };
    }
    return { kind: 'ok', text };
  } catch (error) {
    return classifyFetchFailure(error, timeoutMs);
  }
}
