import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/surveygraph.js');
const fixture = join(root, 'tests/ingest/awesome-list/fixtures/entry with badges.md');

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

/** Which third-party CommonJS packages a compiled command loaded (Node's require cache). */
function packagesLoadedBy(argv: string[]): string[] {
  const script = `
    import { createRequire } from 'node:module';
    const { runCli } = await import('./dist/src/cli/main.js');
    const io = { out() {}, err() {}, interactive: false, env: {}, cwd: process.cwd() };
    await runCli(${JSON.stringify(argv)}, io);
    const loaded = Object.keys(createRequire(import.meta.url).cache)
      .map((path) => /node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(path)?.[1])
      .filter(Boolean);
    console.log(JSON.stringify([...new Set(loaded)]));`;
  const result = node(['--input-type=module', '-e', script]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as string[];
}

describe('the compiled CLI (dist/, what `npm install` builds)', () => {
  beforeAll(() => {
    // Incremental: cheap when dist/ is current, as after `npm install` or `npm ci`.
    execFileSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'pipe' });
  }, 240_000);

  it('prints the help naming every command', () => {
    const result = node(['dist/src/cli/main.js', '--help']);
    expect(result.status).toBe(0);
    for (const command of ['ingest', 'search', 'stats', 'serve', 'lint', 'export', 'schema'])
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('ingests and answers through the package bin, reading migrations and ontology from the checkout', () => {
    const db = join(tempDir(), 'compiled.sqlite');
    const ingest = node([bin, 'ingest', '--list', 'fixture', fixture, '--db', db]);
    expect(ingest.stderr).not.toMatch(/internal error/);
    expect(ingest.status).toBe(0);
    const stats = node([bin, 'stats', '--db', db, '--json']);
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout).papers).toBeGreaterThan(0);
  });

  it('loads neither GraphQL nor citation formatting for stats, and GraphQL for serve', () => {
    const db = join(tempDir(), 'lazy.sqlite');
    expect(node([bin, 'ingest', '--list', 'fixture', fixture, '--db', db]).status).toBe(0);
    const forStats = packagesLoadedBy(['stats', '--db', db]);
    expect(forStats).toContain('better-sqlite3');
    expect(forStats).not.toContain('graphql');
    expect(forStats.filter((name) => name.startsWith('@citation-js'))).toEqual([]);
    expect(packagesLoadedBy(['serve', '--help'])).toContain('graphql');
  });
});
