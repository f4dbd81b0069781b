import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { openGraph } from '../../../src/cli/open-graph';
import { createApp } from '../../../src/server/app';
import { DEFAULT_WEB_DIR } from '../../../src/server/web-ui-routes';

const root = resolve(import.meta.dirname, '../../..');

function newestChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    }),
  );
}

/**
 * The production build the server serves: `npm install` makes it; this rebuilds it when the
 * web sources are newer (a developer who edited web/ and runs the tests).
 */
export function ensureWebBuild(): void {
  const index = join(DEFAULT_WEB_DIR, 'index.html');
  const fresh = () =>
    existsSync(index) && statSync(index).mtimeMs >= newestChange(join(root, 'web'));
  if (fresh()) return;
  // Both e2e files may get here at once: one builds, the other waits for it.
  const lock = join(root, 'dist', '.web-build-lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is held for over two minutes; remove it`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (fresh()) return;
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    execFileSync(
      process.execPath,
      [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunningServer {
  url: string;
  /** A GraphQL request to the same server, to compare the UI with the API's answers. */
  query<T>(document: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  close(): Promise<void>;
}

/** The real app over a database file, on 127.0.0.1 and a free port. */
export async function startServer(dbPath: string, writeToken?: string): Promise<RunningServer> {
  const graph = openGraph(dbPath);
  const { yoga, close } = createApp({ ...graph, writeToken, logError: (e) => console.error(e) });
  const server: Server = createServer(yoga);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async query<T>(document: string, variables: Record<string, unknown> = {}, token?: string) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: document, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors[0]!.message);
      return body.data;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          close();
          done();
        });
      }),
  };
}
