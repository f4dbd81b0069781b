import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/surveygraph.js');
const bundle = join(root, 'dist/cli');
const recordLoads = join(root, 'tests/support/module-loads/register.mjs');
const fixture = join(root, 'tests/ingest/awesome-list/fixtures/entry with badges.md');

function node(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

interface BundleMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/** The npm packages bundled into each file of dist/cli, from esbuild's metafile. */
function packagesByBundleFile(): Map<string, Set<string>> {
  const meta = JSON.parse(readFileSync(join(bundle, 'meta.json'), 'utf8')) as BundleMeta;
  const byFile = new Map<string, Set<string>>();
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    const packages = Object.keys(inputs)
      .map((input) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(input)?.[1])
      .filter((name): name is string => name !== undefined);
    byFile.set(relative('dist/cli', output), new Set(packages));
  }
  return byFile;
}

/** Which third-party packages a bundled command loaded: its files' contents, plus external ones. */
function packagesLoadedBy(argv: string[]): string[] {
  const loads = join(tempDir(), 'loads.txt');
  const result = node(['--import', recordLoads, join(bundle, 'main.js'), ...argv], {
    MODULE_LOADS_FILE: loads,
  });
  expect(result.stderr).not.toMatch(/internal error/);
  const byFile = packagesByBundleFile();
  const loaded = new Set<string>();
  for (const url of readFileSync(loads, 'utf8').split('\n').filter(Boolean)) {
    if (!url.startsWith('file:')) continue;
    const path = fileURLToPath(url);
    const external = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    if (external) loaded.add(external);
    else if (path.startsWith(bundle))
      byFile.get(relative(bundle, path))?.forEach((p) => loaded.add(p));
  }
  return [...loaded];
}

describe('the bundled CLI (dist/cli, what `npm install` builds)', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'pipe' });
  }, 240_000);

  it('prints the help naming every command', () => {
    const result = node([join(bundle, 'main.js'), '--help']);
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

  it('formats references with the CSL styles read from the checkout', () => {
    const db = join(tempDir(), 'cite.sqlite');
    expect(node([bin, 'ingest', '--list', 'fixture', fixture, '--db', db]).status).toBe(0);
    const ieee = node([bin, 'export', '--format', 'citations', '--style', 'ieee', '--db', db]);
    expect(ieee.stderr).toBe('');
    expect(ieee.stdout).toMatch(/^\[1\] /);
  });

  it('loads neither GraphQL nor citation formatting nor the ingest for stats; only GraphQL for serve', () => {
    const db = join(tempDir(), 'lazy.sqlite');
    expect(node([bin, 'ingest', '--list', 'fixture', fixture, '--db', db]).status).toBe(0);
    const forStats = packagesLoadedBy(['stats', '--db', db]);
    expect(forStats).toContain('better-sqlite3');
    expect(forStats).not.toContain('graphql');
    expect(forStats).not.toContain('mdast-util-from-markdown');
    expect(forStats.filter((name) => name.startsWith('@citation-js'))).toEqual([]);
    const forServe = packagesLoadedBy(['serve', '--help']);
    expect(forServe).toContain('graphql');
    expect(forServe).not.toContain('mdast-util-from-markdown');
    expect(forServe).not.toContain('cli-progress');
    expect(forServe).not.toContain('citeproc'); // formatters load with the first export
    expect(forServe).not.toContain('unicode2latex');
    expect(forServe).toContain('graphql-jit');
    expect(forServe).not.toContain('fast-json-stringify'); // graphql-jit's JSON serialiser: off
  });
});
