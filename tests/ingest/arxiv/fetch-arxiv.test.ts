import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArxivUnreachableError, fetchArxivRecords } from '../../../ingest/arxiv/fetch-arxiv';
import type { ArxivResponseCache, FetchArxivDeps } from '../../../ingest/arxiv/fetch-arxiv';
import {
  answerWithFeed,
  answerWithFixture,
  atomFeedFor,
  startStubArxivServer,
} from './stub-arxiv-server';
import type { StubArxivServer } from './stub-arxiv-server';

const IDS = ['2503.07365', '2503.24376', '2505.21374', '2406.02081', '2601.05242'];

function memoryCache(entries: [string, string][] = []): ArxivResponseCache & { keys(): string[] } {
  const map = new Map(entries);
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    keys: () => [...map.keys()],
  };
}

/** Time that only moves when the fetcher sleeps, so waits can be asserted exactly. */
function fakeClock() {
  let time = 1_000_000;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    sleep: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
  };
}

function depsWith(cache = memoryCache(), clock = fakeClock()): FetchArxivDeps {
  return { fetch: globalThis.fetch, cache, sleep: clock.sleep, now: clock.now };
}

describe('fetchArxivRecords', () => {
  let server: StubArxivServer;

  beforeAll(async () => {
    server = await startStubArxivServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.answer = answerWithFeed;
  });

  it('batches ids into id_list queries of at most batchSize', async () => {
    const result = await fetchArxivRecords(IDS, depsWith(), {
      baseUrl: server.baseUrl,
      batchSize: 2,
    });
    expect(server.requests).toEqual([IDS.slice(0, 2), IDS.slice(2, 4), IDS.slice(4)]);
    expect(result.records.map((record) => record.arxivId)).toEqual(IDS);
    expect(result.records[0]?.source.file).toContain('max_results=2');
  });

  it('waits the minimum interval between the starts of two requests', async () => {
    const clock = fakeClock();
    await fetchArxivRecords(IDS, depsWith(memoryCache(), clock), {
      baseUrl: server.baseUrl,
      batchSize: 2,
      minIntervalMs: 3000,
    });
    expect(clock.waits).toEqual([3000, 3000]);
  });

  it('retries after a 503, honouring Retry-After', async () => {
    let failures = 1;
    server.answer = (ids, request, response) => {
      if (failures-- > 0) {
        response.writeHead(503, { 'retry-after': '7' }).end('busy');
        return;
      }
      answerWithFeed(ids, request, response);
    };
    const clock = fakeClock();
    const result = await fetchArxivRecords(IDS.slice(0, 1), depsWith(memoryCache(), clock), {
      baseUrl: server.baseUrl,
    });
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toEqual([7000]);
    expect(result.records).toHaveLength(1);
  });

  it('makes no request when the query is cached, and caches what it fetches', async () => {
    const cache = memoryCache();
    await fetchArxivRecords(IDS.slice(0, 2), depsWith(cache), { baseUrl: server.baseUrl });
    expect(server.requests).toHaveLength(1);
    const again = await fetchArxivRecords(IDS.slice(0, 2), depsWith(cache), {
      baseUrl: server.baseUrl,
    });
    expect(server.requests).toHaveLength(1);
    expect(again.records).toHaveLength(2);
    expect(cache.keys()).toEqual([`${server.baseUrl}?id_list=2503.07365,2503.24376&max_results=2`]);
  });

  it('reports progress per batch, saying which came from the cache', async () => {
    const url = `${server.baseUrl}?id_list=2503.07365&max_results=1`;
    const cache = memoryCache([[url, atomFeedFor(['2503.07365'])]]);
    const progress: unknown[] = [];
    await fetchArxivRecords(IDS.slice(0, 2), depsWith(cache), {
      baseUrl: server.baseUrl,
      batchSize: 1,
      onProgress: (step) => progress.push(step),
    });
    expect(progress).toEqual([
      { batch: 1, batches: 2, doneIds: 1, totalIds: 2, fromCache: true },
      { batch: 2, batches: 2, doneIds: 2, totalIds: 2, fromCache: false },
    ]);
  });

  it('reads the fixture feed the server returns and skips ids it did not return', async () => {
    server.answer = answerWithFixture('feed with a revised paper, a doi and a journal ref.xml');
    const ids = ['2503.07365', 'hep-ex/0307015v1', '2505.21374'];
    const result = await fetchArxivRecords(ids, depsWith(), { baseUrl: server.baseUrl });
    expect(result.records.map((record) => [record.arxivId, record.version])).toEqual([
      ['2503.07365', 2],
      ['hep-ex/0307015', 1],
    ]);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        code: 'not-returned',
        reason: expect.stringContaining('2505.21374'),
      }),
    ]);
  });

  it('skips invalid ids without querying them', async () => {
    const result = await fetchArxivRecords(['7916.37423', '2503.07365'], depsWith(), {
      baseUrl: server.baseUrl,
    });
    expect(server.requests).toEqual([['2503.07365']]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ where: 'id_list:1', code: 'invalid-arxiv-id' }),
    ]);
  });

  it('skips the ids of a query the API refuses with a client error, without retrying', async () => {
    server.answer = (_ids, _request, response) => {
      response.writeHead(400, { 'content-type': 'text/html' }).end('<p>Bad Request</p>');
    };
    const result = await fetchArxivRecords(IDS.slice(0, 2), depsWith(), {
      baseUrl: server.baseUrl,
    });
    expect(server.requests).toHaveLength(1);
    expect(result.skipped.map((finding) => finding.code)).toEqual([
      'rejected-by-api',
      'rejected-by-api',
    ]);
  });

  it('gives up after the retries when no answer comes in time, without hanging', async () => {
    server.answer = () => {
      // Never answers; the client's timeout must end the wait.
    };
    const started = Date.now();
    const failure = fetchArxivRecords(IDS.slice(0, 1), depsWith(), {
      baseUrl: server.baseUrl,
      timeoutMs: 200,
      retries: 1,
    });
    await expect(failure).rejects.toThrow(/no answer within 200 ms \(gave up after 2 attempts\)/);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('says how much was fetched when the API fails half-way', async () => {
    server.answer = (ids, request, response) => {
      if (ids.includes(IDS[2]!)) response.writeHead(502).end();
      else answerWithFeed(ids, request, response);
    };
    const failure = fetchArxivRecords(IDS.slice(0, 4), depsWith(), {
      baseUrl: server.baseUrl,
      batchSize: 2,
      retries: 0,
    });
    await expect(failure).rejects.toThrow(/HTTP 502 .*; 2 of 4 ids fetched$/);
    await failure.catch((error: ArxivUnreachableError) => {
      expect(error.partial.records).toHaveLength(2);
    });
  });
});

describe('fetchArxivRecords when offline', () => {
  let closedPortUrl: string;

  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    closedPortUrl = `http://127.0.0.1:${port}/api/query`;
  });

  it('throws a clear error at once instead of retrying', async () => {
    const clock = fakeClock();
    const failure = fetchArxivRecords(IDS, depsWith(memoryCache(), clock), {
      baseUrl: closedPortUrl,
      retries: 5,
    });
    await expect(failure).rejects.toBeInstanceOf(ArxivUnreachableError);
    await expect(failure).rejects.toThrow(
      `cannot reach the arXiv API at ${closedPortUrl}: connect ECONNREFUSED`,
    );
    await expect(failure).rejects.toThrow(/; nothing was fetched$/);
    expect(clock.waits).toEqual([]);
  });
});
