import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGraph } from '../../src/cli/open-graph';
import { createApp } from '../../src/server/app';
import { run, tempDir } from '../support/cli';

const bin = join(import.meta.dirname, '../../bin/surveygraph.js');
const V1 = join(import.meta.dirname, 'fixtures/list version one.md');

/** A JSON Lines file of `count` new papers: parsing is quick, so most of the time is writing. */
function writeLargeJsonl(path: string, count: number): void {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      arxiv_id: `2507.${String(i).padStart(5, '0')}`,
      title: `Generated paper ${i} on GRPO for text-to-image generation`,
      authors: [`Author ${i % 97}`, `Second Author ${i % 89}`],
      abstract: `We study policy optimisation variant ${i} with verifiable rewards.`,
      published: '2025-07-01',
      source_url: `https://arxiv.org/abs/2507.${String(i).padStart(5, '0')}`,
      authors_source_url: null,
    }),
  );
  writeFileSync(path, lines.join('\n'));
}

function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      papers: db.prepare('SELECT count(*) FROM papers').pluck().get(),
      runs: db.prepare('SELECT count(*) FROM ingest_runs').pluck().get(),
      version: db.prepare(`SELECT value FROM meta WHERE key = 'content_version'`).pluck().get(),
    };
  } finally {
    db.close();
  }
}

function startIngest(db: string, file: string) {
  const child = spawn(process.execPath, [bin, 'ingest', '--db', db, file], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited };
}

describe('when an ingest is killed (SIGKILL) part-way', () => {
  it('leaves an intact database holding exactly the data from before, and the next ingest succeeds', async () => {
    const dir = tempDir();
    const db = join(dir, 'graph.sqlite');
    const big = join(dir, 'many papers.jsonl');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
    writeLargeJsonl(big, 1_000);
    const before = snapshot(db);
    expect(before.integrity).toBe('ok');
    for (const delayMs of [1_500, 3_000, 5_000, 8_000]) {
      const ingest = startIngest(db, big);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      ingest.child.kill('SIGKILL');
      await ingest.exited;
      // An ingest that committed before the kill (even if killed while exiting) is fine too,
      // but then it must be whole: the database holds all of the data from before or after.
      const now = snapshot(db);
      if (now.papers !== before.papers) {
        expect(now).toMatchObject({ integrity: 'ok', papers: (before.papers as number) + 1_000 });
        return;
      }
      expect(now).toEqual(before);
    }
    const finished = await run(['ingest', '--db', db, big]);
    expect(finished.code).toBe(0);
    expect(snapshot(db)).toMatchObject({
      integrity: 'ok',
      papers: (before.papers as number) + 1_000,
    });
  }, 180_000);
});

describe('when readers query the server while an ingest commits (WAL)', () => {
  it('serves every request, each seeing the data from before or after, never half', async () => {
    const dir = tempDir();
    const db = join(dir, 'graph.sqlite');
    const big = join(dir, 'many papers.jsonl');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
    writeLargeJsonl(big, 500);
    const app = createApp(openGraph(db));
    const ingest = startIngest(db, big);
    let done = false;
    void ingest.exited.then(() => (done = true));
    const seen = new Set<number>();
    const errors: unknown[] = [];
    while (!done) {
      const response = await app.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ papers(first: 1) { totalCount } }' }),
      });
      const body = (await response.json()) as {
        data?: { papers: { totalCount: number } };
        errors?: unknown;
      };
      if (body.errors) errors.push(body.errors);
      else seen.add(body.data!.papers.totalCount);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await ingest.exited).toBe(0);
    const after = await app.fetch(
      'http://yoga/graphql?query=' + encodeURIComponent('{ papers(first: 1) { totalCount } }'),
    );
    seen.add(
      ((await after.json()) as { data: { papers: { totalCount: number } } }).data.papers.totalCount,
    );
    app.close();
    expect(errors).toEqual([]);
    expect([...seen].sort((a, b) => a - b)).toEqual([4, 504]);
  }, 180_000);
});
