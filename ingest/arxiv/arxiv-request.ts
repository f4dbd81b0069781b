import { NotThisFormatError } from '../types';
import type { ParseResult } from '../types';
import type { ArxivPaperRecord } from './atom-entry-to-record';
import { parseArxivAtom } from './parse-arxiv-atom';

/** What one HTTP attempt came to. */
export type ArxivAttempt =
  | { kind: 'feed'; text: string; result: ParseResult<ArxivPaperRecord>; cacheable: boolean }
  | { kind: 'rejected'; reason: string }
  | { kind: 'retry'; reason: string; retryAfterMs?: number | undefined }
  | { kind: 'unreachable'; reason: string };

/** Errors that mean there is no network or no server: retrying will not help. */
const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'ECONNREFUSED',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);
/** A server asking for more than this is treated as down rather than waited for. */
const MAX_RETRY_AFTER_MS = 60_000;

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
    return classifyFailure(error, timeoutMs);
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

function readRetryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS)
    : undefined;
}

function classifyFailure(error: unknown, timeoutMs: number): ArxivAttempt {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { kind: 'retry', reason: `no answer within ${timeoutMs} ms` };
  }
  const cause = findCause(error);
  const reason = cause?.message ?? String(error);
  if (cause?.code && OFFLINE_CODES.has(cause.code)) return { kind: 'unreachable', reason };
  return { kind: 'retry', reason };
}

/** Node's fetch rejects with `TypeError: fetch failed`; the system error is in `cause`. */
function findCause(error: unknown): { code?: string; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return { code, message: current.message || code };
    const nested = current instanceof AggregateError ? current.errors[0] : undefined;
    current = current.cause ?? nested;
  }
  return error instanceof Error ? { message: error.message } : undefined;
}
