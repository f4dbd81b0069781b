import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli';

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
});
