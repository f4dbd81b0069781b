import { requestArxivOnce } from './arxiv-request';
import type { ArxivAttempt } from './arxiv-request';

export interface PoliteRequesterDeps {
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface PoliteRequesterSettings {
  minIntervalMs: number;
  retries: number;
  timeoutMs: number;
}

/** An answer worth using: a feed, or a refusal that retrying would not change. */
export type Requester = (
  url: string,
) => Promise<Exclude<ArxivAttempt, { kind: 'retry' | 'unreachable' }>>;

/** The API could not be reached, or kept failing; the message says why. */
export class GaveUp extends Error {}

/**
 * Requests one URL: waits until `minIntervalMs` after the previous request started, retries
 * 429/5xx/timeouts with exponential backoff (or the server's Retry-After), and gives up at once
 * when the host cannot be reached at all.
 */
export function createPoliteRequester(
  deps: PoliteRequesterDeps,
  settings: PoliteRequesterSettings,
): Requester {
  let lastStart: number | undefined;
  const waitForTurn = async (backoffMs: number) => {
    const sinceLast = lastStart === undefined ? Infinity : deps.now() - lastStart;
    const waitMs = Math.max(settings.minIntervalMs - sinceLast, backoffMs);
    if (waitMs > 0) await deps.sleep(waitMs);
    lastStart = deps.now();
  };
  return async (url) => {
    let backoffMs = 0;
    let lastReason = '';
    for (let attempt = 0; attempt <= settings.retries; attempt += 1) {
      await waitForTurn(backoffMs);
      const answer = await requestArxivOnce(deps.fetch, url, settings.timeoutMs);
      if (answer.kind === 'unreachable') throw new GaveUp(answer.reason);
      if (answer.kind !== 'retry') return answer;
      lastReason = answer.reason;
      backoffMs = Math.max(answer.retryAfterMs ?? 0, settings.minIntervalMs * 2 ** (attempt + 1));
    }
    throw new GaveUp(`${lastReason} (gave up after ${settings.retries + 1} attempts)`);
  };
}
