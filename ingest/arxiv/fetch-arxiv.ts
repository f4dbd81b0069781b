import type { Finding, ParseResult } from '../types';
import { findMissingIds, planArxivBatches } from './arxiv-batches';
import type { ArxivBatch } from './arxiv-batches';
import { createPoliteRequester, GaveUp } from './polite-requester';
import type { Requester } from './polite-requester';
import type { ArxivPaperRecord } from './atom-entry-to-record';
import { parseArxivAtom } from './parse-arxiv-atom';

/** Raw API responses by query URL (see file-cache.ts for one on disk). */
export interface ArxivResponseCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** Everything that touches the world is passed in, so tests control network, disk and time. */
export interface FetchArxivDeps {
  fetch: typeof fetch;
  cache: ArxivResponseCache;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface FetchArxivProgress {
  batch: number;
  batches: number;
  /** Ids answered so far (from the cache or the API). */
  doneIds: number;
  totalIds: number;
  fromCache: boolean;
}

export interface FetchArxivOptions {
  baseUrl?: string;
  /** Ids per query; at most 50. */
  batchSize?: number;
  /** Between the starts of two requests; arXiv's terms ask for 3 seconds. */
  minIntervalMs?: number;
  /** Further attempts after a 429, a 5xx, a timeout or a dropped connection. */
  retries?: number;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  onProgress?: (progress: FetchArxivProgress) => void;
}

export const ARXIV_API_URL = 'https://export.arxiv.org/api/query';
const DEFAULTS = {
  baseUrl: ARXIV_API_URL,
  batchSize: 50,
  minIntervalMs: 3000,
  retries: 3,
  timeoutMs: 30_000,
};

/**
 * Thrown when the API cannot be reached (no network, DNS failure, refused connection) or keeps
 * failing after every retry. Batches answered before are in `partial`, and in the cache, so a
 * later run resumes where this one stopped.
 */
export class ArxivUnreachableError extends Error {
  constructor(
    readonly baseUrl: string,
    readonly reason: string,
    readonly doneIds: number,
    readonly totalIds: number,
    readonly partial: ParseResult<ArxivPaperRecord>,
  ) {
    const done = doneIds === 0 ? 'nothing was fetched' : `${doneIds} of ${totalIds} ids fetched`;
    super(`cannot reach the arXiv API at ${baseUrl}: ${reason}; ${done}`);
    this.name = 'ArxivUnreachableError';
  }
}

/** Reads arXiv metadata for `ids` through the API's `id_list` queries, politely and cached. */
export async function fetchArxivRecords(
  ids: string[],
  deps: FetchArxivDeps,
  options: FetchArxivOptions = {},
): Promise<ParseResult<ArxivPaperRecord>> {
  const settings = { ...DEFAULTS, ...withoutUndefined(options) };
  const batchSize = Math.min(Math.max(1, Math.floor(settings.batchSize)), 50);
  const plan = planArxivBatches(ids, settings.baseUrl, batchSize);
  const result: ParseResult<ArxivPaperRecord> = {
    records: [],
    skipped: plan.skipped,
    warnings: [],
  };
  const request = createPoliteRequester(deps, settings);
  const totalIds = plan.batches.reduce((sum, batch) => sum + batch.ids.length, 0);
  let doneIds = 0;
  for (const [index, batch] of plan.batches.entries()) {
    const loaded = await loadBatch(batch, deps.cache, request).catch((error: unknown) => {
      if (!(error instanceof GaveUp)) throw error;
      throw new ArxivUnreachableError(settings.baseUrl, error.message, doneIds, totalIds, result);
    });
    addBatch(result, loaded.findings);
    doneIds += batch.ids.length;
    const progress = { batch: index + 1, batches: plan.batches.length, doneIds, totalIds };
    options.onProgress?.({ ...progress, fromCache: loaded.fromCache });
  }
  return result;
}

async function loadBatch(batch: ArxivBatch, cache: ArxivResponseCache, request: Requester) {
  const cached = await cache.get(batch.url);
  const cachedResult = cached === undefined ? undefined : parseCached(cached, batch.url);
  if (cachedResult) return { fromCache: true, findings: withMissing(batch, cachedResult) };
  const answer = await request(batch.url);
  if (answer.kind === 'rejected') {
    const skipped = batch.ids.map((id) => ({
      where: batch.url,
      code: 'rejected-by-api',
      reason: `the arXiv API refused the query for ${id}: ${answer.reason}`,
    }));
    return { fromCache: false, findings: { records: [], skipped, warnings: [] } };
  }
  if (answer.cacheable) await cache.set(batch.url, answer.text);
  return { fromCache: false, findings: withMissing(batch, answer.result) };
}

/** A cached answer that no longer parses (a truncated file) is fetched again. */
function parseCached(text: string, url: string): ParseResult<ArxivPaperRecord> | undefined {
  try {
    return parseArxivAtom(text, url);
  } catch {
    return undefined;
  }
}

function withMissing(batch: ArxivBatch, result: ParseResult<ArxivPaperRecord>) {
  const returned = new Set(result.records.flatMap((record) => record.arxivId ?? []));
  const explained = result.skipped.length > 0;
  const missing: Finding[] = explained ? [] : findMissingIds(batch, returned);
  return { ...result, skipped: [...result.skipped, ...missing] };
}

function addBatch(result: ParseResult<ArxivPaperRecord>, batch: ParseResult<ArxivPaperRecord>) {
  result.records.push(...batch.records);
  result.skipped.push(...batch.skipped);
  result.warnings.push(...batch.warnings);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
