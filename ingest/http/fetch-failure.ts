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

/** A failed request: worth another try, or no network at all. */
export type FetchFailure =
  | { kind: 'retry'; reason: string; retryAfterMs?: number | undefined }
  | { kind: 'unreachable'; reason: string };

/** How long a 429/5xx answer asks us to wait (`Retry-After` seconds), capped. */
export function readRetryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS)
    : undefined;
}

/** A fetch that threw: a timeout or a system error is worth a retry, unless we are offline. */
export function classifyFetchFailure(error: unknown, timeoutMs: number): FetchFailure {
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
