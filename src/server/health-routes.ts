import type { Db } from '../store/database';
import { isGraphReady } from '../api/readiness';
import type { RouteHandler } from './export-routes';

export interface HealthState {
  /** Set when the server has been asked to stop: readiness fails so balancers stop sending work. */
  draining: boolean;
}

/**
 * `GET /healthz`: the process is up (200). `GET /readyz`: it can answer queries — the database
 * answers and the server is not shutting down (200), else 503 with the reason.
 */
export function createHealthRoutes(db: Db, state: HealthState): RouteHandler {
  return (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/healthz') return json(200, { status: 'ok' });
    if (pathname !== '/readyz') return undefined;
    if (state.draining) return json(503, { status: 'draining' });
    if (!isGraphReady(db)) return json(503, { status: 'database unavailable' });
    return json(200, { status: 'ready' });
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}
