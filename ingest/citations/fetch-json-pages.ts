import type { JsonAttempt } from './request-json';
import { requestJsonOnce } from './request-json';

/** Raw API answers by URL (createFileCache in ingest/arxiv keeps them on disk). */
export interface ResponseCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** Everything that touches the world, passed in so tests control network, disk and time. */
export interface FetchDeps {
  fetch: typeof fetch;
  cache: ResponseCache;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface PoliteSettings {
  /** Between the starts of two requests. */
  minIntervalMs: number;
  /** Further attempts after a 429, a 5xx, a timeout or a dropped connection. */
  retries: number;
  timeoutMs: number;
  /** Sent with every request (an API key); never part of the cache key. */
  headers: Record<string, string>;
}

/** The API could not be reached, or kept failing; nothing more will be asked. */
export class ApiUnreachableError extends Error {
  constructor(
    readonly api: string,
    readonly reason: string,
    readonly done: number,
    readonly total: number,
  ) {
    const progress =
      done === 0
        ? 'nothing was fetched'
        : `${done} of ${total} papers fetched (cached; a new run resumes)`;
    super(`cannot reach ${api}: ${reason}; ${progress}`);
    this.name = 'ApiUnreachableError';
  }
}

export type PageAnswer =
  { kind: 'ok'; text: string; fromCache: boolean } | { kind: 'missing'; reason: string };

/**
 * A polite, cached GET: answers come from the cache when there; else one request at a time, at
 * least `minIntervalMs` apart, retrying 429/5xx/timeouts with exponential backoff (or the server's
 * Retry-After), and failing at once when the host cannot be reached at all.
 */
export function createPoliteJsonGetter(deps: FetchDeps, settings: PoliteSettings) {
  let lastStart: number | undefined;
  const waitForTurn = async (backoffMs: number) => {
    const sinceLast = lastStart === undefined ? Infinity : deps.now() - lastStart;
    const waitMs = Math.max(settings.minIntervalMs - sinceLast, backoffMs);
    if (waitMs > 0) await deps.sleep(waitMs);
    lastStart = deps.now();
  };
  const request = async (url: string): Promise<Exclude<JsonAttempt, { kind: 'retry' }>> => {
    let backoffMs = 0;
    let lastReason = '';
    for (let attempt = 0; attempt <= settings.retries; attempt += 1) {
      await waitForTurn(backoffMs);
      const answer = await requestJsonOnce(deps.fetch, url, settings.headers, settings.timeoutMs);
      if (answer.kind !== 'retry') return answer;
      lastReason = answer.reason;
      backoffMs = Math.max(answer.retryAfterMs ?? 0, settings.minIntervalMs * 2 ** (attempt + 1));
    }
    return {
      kind: 'unreachable',
      reason: `${lastReason} (gave up after ${settings.retries + 1} attempts)`,
    };
  };
  return async (url: string): Promise<PageAnswer | { kind: 'unreachable'; reason: string }> => {
    const cached = await deps.cache.get(url);
    if (cached !== undefined) return { kind: 'ok', text: cached, fromCache: true };
    const answer = await request(url);
    if (answer.kind === 'unreachable') return answer;
    if (answer.kind !== 'ok') return { kind: 'missing', reason: answer.reason };
    await deps.cache.set(url, answer.text);
    return { kind: 'ok', text: answer.text, fromCache: false };
  };
}
