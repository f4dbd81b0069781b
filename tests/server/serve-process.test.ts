import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const bin = join(import.meta.dirname, '../../bin/surveygraph.js');

/** Starts the real binary and resolves with the URL it prints once it is listening. */
function startServer(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /at (http:\/\/\S+\/graphql)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

describe('surveygraph serve (the real binary)', () => {
  it('builds the database from the bundled corpus when missing, then answers GraphQL over HTTP', async () => {
    const db = join(tempDir(), 'fresh.sqlite');
    const server = startServer(['--build-if-missing', '--db', db]);
    try {
      const url = await server.url;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ papers(first: 1) { totalCount } pillars { slug } }' }),
      });
      const body = (await response.json()) as {
        data: { papers: { totalCount: number }; pillars: { slug: string }[] };
      };
      expect(body.data.papers.totalCount).toBeGreaterThan(200);
      // The first start is a short summary: counts, the three most important findings, where the rest are.
      const lines = server.stderr().trim().split('\n');
      expect(lines.length).toBeLessThanOrEqual(10);
      expect(lines.filter((line) => line.startsWith('  ! '))).toHaveLength(3);
      expect(server.stderr()).toMatch(/all of them: `surveygraph ingest --verbose/);
      expect(server.stderr()).not.toContain('≠');
      expect(body.data.pillars.map((p) => p.slug)).toEqual([
        'mllm',
        'visual-generation',
        'unified-models',
        'vla',
      ]);
      expect(server.stderr()).toMatch(/writes: disabled/);
    } finally {
      server.child.kill('SIGTERM');
    }
  }, 60_000);

  it('finishes a request in flight on SIGTERM, then exits 0; logs one JSON line per request', async () => {
    const db = join(tempDir(), 'small.sqlite');
    const list = join(import.meta.dirname, '../ingest/fixtures/list version one.md');
    expect((await run(['ingest', '--db', db, '--list', 'one', list])).code).toBe(0);
    const server = startServer(['--db', db, '--production']);
    let stdout = '';
    server.child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.child.on('exit', resolve));
    const url = new URL(await server.url);
    expect(server.stderr()).toMatch(/limits: depth 10, cost 50000/);
    expect(server.stderr()).toMatch(/introspection off/);
    const body = JSON.stringify({ query: 'query Count { papers(first: 1) { totalCount } }' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      // Half the body now, the signal, then the rest: the request is in flight when SIGTERM lands.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { papers: { totalCount: 4 } } });
    expect(await exited).toBe(0);
    expect(server.stderr()).toMatch(/SIGTERM: finishing requests in flight/);
    const line = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'request', operation: 'Count', status: 200 });
    expect(line['id']).toEqual(expect.any(String));
  }, 60_000);
});
