import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

/** Media types of the files Vite writes into the production build. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Paths the API owns; the UI never answers them. */
const API_PREFIXES = ['/graphql', '/export'];

/** The folder holding package.json, found upwards from this file (works from src/ or a build). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const DEFAULT_WEB_DIR = join(findProjectRoot(import.meta.dirname), 'dist', 'web');

/**
 * The browser UI's production build (`npm run build:web` → dist/web) at `/`: files under
 * `/assets/` as they are (cached for a year: their names carry a content hash), and `index.html`
 * for every other GET that is not the API, so the UI's own paths (`/paper/…`) survive a reload.
 */
export function createWebUiRoutes(webDir: string = DEFAULT_WEB_DIR) {
  const root = resolve(webDir);
  return (request: Request): Response | undefined => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const { pathname } = new URL(request.url);
    if (API_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return undefined;
    const asset = pathname.startsWith('/assets/') ? safeFile(root, pathname) : undefined;
    if (pathname.startsWith('/assets/') && !asset) return text(404, 'No such file.');
    const file = asset ?? join(root, 'index.html');
    if (!existsSync(file)) {
      return text(503, 'The web UI is not built yet: run `npm run build:web` (npm install does).');
    }
    const body = request.method === 'HEAD' ? null : readFileSync(file);
    return new Response(body, {
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      },
    });
  };
}

/** A file below `root`/assets for a URL path, or undefined when it escapes that or does not exist. */
function safeFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  if (!file.startsWith(join(root, 'assets') + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function text(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** The UI routes as a Yoga plugin: answers before GraphQL sees the request. */
export function webUiPlugin(webDir?: string): Plugin {
  const routes = createWebUiRoutes(webDir);
  return {
    onRequest: ({ request, endResponse }) => {
      const response = routes(request);
      if (response) endResponse(response);
    },
  };
}
