import { randomUUID } from 'node:crypto';

/** What the access log says about one request; filled in as the request goes through the server. */
export interface RequestRecord {
  id: string;
  startedAt: number;
  operationName?: string | undefined;
  cost?: number | undefined;
  /** Why the request was refused or cut short, as a short code (`COST_LIMIT`, `TIME_BUDGET` …). */
  refusal?: string | undefined;
}

const records = new WeakMap<Request, RequestRecord>();

/** The record of `request`, created on first use with a fresh id (or the caller's `x-request-id`). */
export function recordOf(request: Request): RequestRecord {
  let record = records.get(request);
  if (!record) {
    record = { id: requestIdOf(request), startedAt: performance.now() };
    records.set(request, record);
  }
  return record;
}

function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id') ?? '';
  // A caller's id is echoed in logs, so only a short, plain one is trusted.
  return /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}
