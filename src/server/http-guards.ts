import type { Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { recordOf } from './request-record';

/** Bodies a browser may send cross-site without a CORS preflight; GraphQL never needs them. */
const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Checks made before a request body is read: its size, and its kind. Form and multipart bodies
 * are refused outright (415), so no mutation can arrive in a form a browser posts cross-site; other
 * simple bodies (text/plain) need the `x-graphql-yoga-csrf` header (CSRF prevention). GET stays
 * open without it: GET only runs queries, which are public and write nothing.
 */
export function useHttpGuards(maxBodyBytes: number): Plugin {
  const csrf = useCSRFPrevention();
  return {
    onRequest({ request, endResponse }) {
      const refusal = refuseRequest(request, maxBodyBytes);
      if (!refusal) return;
      recordOf(request).refusal = refusal.code;
      endResponse(
        new Response(`${refusal.message}\n`, {
          status: refusal.status,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        }),
      );
    },
    onRequestParse(payload) {
      if (payload.request.method === 'GET' || payload.request.method === 'HEAD') return undefined;
      return csrf.onRequestParse?.(payload);
    },
  };
}

interface Refusal {
  status: number;
  code: string;
  message: string;
}

function refuseRequest(request: Request, maxBodyBytes: number): Refusal | undefined {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
    return undefined;
  }
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase();
  if (FORM_CONTENT_TYPES.some((type) => contentType.startsWith(type))) {
    return {
      status: 415,
      code: 'FORM_BODY',
      message: 'Send GraphQL requests as application/json; form and multipart bodies are refused.',
    };
  }
  const length = request.headers.get('content-length');
  if (length === null) {
    return {
      status: 411,
      code: 'NO_LENGTH',
      message: 'Send a Content-Length header with the request body.',
    };
  }
  if (!/^\d+$/.test(length) || Number(length) > maxBodyBytes) {
    return {
      status: 413,
      code: 'BODY_TOO_LARGE',
      message: `Request bodies are limited to ${maxBodyBytes} bytes (this one has ${length}).`,
    };
  }
  return undefined;
}
