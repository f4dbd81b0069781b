/** What one GET came to. */
export type JsonAttempt =
  | { kind: 'ok'; text: string }
  | { kind: 'not-found'; reason: string }
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
const MAX_RETRY_AFTER_MS = 60_000;

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
      const seconds = Number(response.headers.get('retry-after'));
      const retryAfterMs = seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
      return { kind: 'retry', reason: status, retryAfterMs };
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
    return classifyFailure(error, timeoutMs);
  }
}

function classifyFailure(error: unknown, timeoutMs: number): JsonAttempt {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError')
    return { kind: 'retry', reason: `no answer within ${timeoutMs} ms` };
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      const reason = current.message || code;
      return OFFLINE_CODES.has(code) ? { kind: 'unreachable', reason } : { kind: 'retry', reason };
    }
    current = current.cause ?? (current instanceof AggregateError ? current.errors[0] : undefined);
  }
  return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
}
