import type { Plugin } from 'graphql-yoga';
import { recordOf } from './request-record';

/** One structured log line; never holds tokens, headers, variables or the query text. */
export type LogLine = Record<string, string | number | boolean | undefined>;
export type LogSink = (line: LogLine) => void;

/** Writes one JSON-able line per request when its response is ready, and tags it `x-request-id`. */
export function useAccessLog(log: LogSink): Plugin {
  return {
    onRequest({ request }) {
      recordOf(request);
    },
    onResponse({ request, response }) {
      const record = recordOf(request);
      response.headers.set('x-request-id', record.id);
      const { pathname } = new URL(request.url);
      log({
        time: new Date().toISOString(),
        msg: 'request',
        id: record.id,
        method: request.method,
        path: pathname,
        operation: record.operationName,
        status: response.status,
        durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
        cost: record.cost,
        refusal: record.refusal,
      });
    },
  };
}
