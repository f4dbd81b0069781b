import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWebUiRoutes } from '../../src/server/web-ui-routes';

function builtUi(): string {
  const dir = mkdtempSync(join(tmpdir(), 'surveygraph-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not an asset');
  return dir;
}

const get = (path: string, method = 'GET') => new Request(`http://ui${path}`, { method });

describe('the web UI routes', () => {
  const routes = createWebUiRoutes(builtUi());

  it('serves index.html at / and at the UI’s own paths, so a reload of /paper/… works', async () => {
    for (const path of ['/', '/paper/UGFwZXI6MQ==', '/figures/matrix?rows=YEAR']) {
      const response = routes(get(path))!;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>ui</title>');
    }
  });

  it('serves hashed assets with a long cache and their media type', async () => {
    const response = routes(get('/assets/index-abc.js'))!;
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing asset and never serves a file outside assets/', async () => {
    expect(routes(get('/assets/missing.js'))!.status).toBe(404);
    expect(routes(get('/assets/..%2fsecret.txt'))!.status).toBe(404);
    expect(routes(get('/assets/%2e%2e%2f%2e%2e%2fpackage.json'))!.status).toBe(404);
    expect(await routes(get('/secret.txt'))!.text()).toContain('<title>ui</title>');
  });

  it('leaves the API, and every method but GET and HEAD, to the rest of the server', () => {
    for (const path of ['/graphql', '/graphql?query={a}', '/export', '/export/collections/x.bib']) {
      expect(routes(get(path))).toBeUndefined();
    }
    expect(routes(get('/', 'POST'))).toBeUndefined();
    expect(routes(get('/', 'HEAD'))!.status).toBe(200);
  });

  it('says how to build the UI when it is not built', async () => {
    const missing = createWebUiRoutes(join(tmpdir(), 'surveygraph-no-such-build'));
    const response = missing(get('/'))!;
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:web');
  });
});
