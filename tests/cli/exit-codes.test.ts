import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const bin = join(import.meta.dirname, '../../bin/surveygraph.js');
const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as {
  version: string;
};

describe('one exit-code table for every command (0 ok, 1 findings, 2 bad usage or input)', () => {
  it('prints the version with --version and -V, exit 0', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await run([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(pkg.version);
    }
  });

  it.each(['abc', '0', '-5', '2.5'])(
    'refuses search -n %s with a clear message, exit 2',
    async (n) => {
      const db = join(tempDir(), 'g.sqlite');
      const result = await run(['search', 'grpo', '-n', n, '--db', db]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--limit (-n) must be a whole number at least 1, got "${n}"`);
      expect(result.stdout).toBe('');
    },
  );

  it('refuses a bad --port, --min and --timeout-ms the same way', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const list = join(import.meta.dirname, '../ingest/fixtures/list version one.md');
    expect((await run(['ingest', '--db', db, '--list', 'l', list])).code).toBe(0);
    const results = await Promise.all([
      run(['serve', '--port', '70000', '--db', db]),
      run(['ontology', 'unknown-terms', '--min', 'x', '--db', db]),
      run(['fetch-arxiv', '--timeout-ms', '-1', '--db', db, '2505.05470']),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(results[0]!.stderr).toContain('--port must be a whole number from 0 to 65535');
  });

  it.each([
    ['ingest', ['ingest', '--list', 'x']],
    ['ingest (metadata)', ['ingest']],
    ['lint', ['lint']],
  ])('exits 2 for a missing file in %s', async (_, args) => {
    const dir = tempDir();
    const result = await run(
      [...args, join(dir, 'missing.md'), '--db', join(dir, 'g.sqlite')].filter(
        (arg) => !(args[0] === 'lint' && (arg === '--db' || arg.endsWith('g.sqlite'))),
      ),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.md/);
  });

  it('exits 2 for an unknown option or command', async () => {
    expect((await run(['stats', '--no-such-flag'])).code).toBe(2);
    expect((await run(['no-such-command'])).code).toBe(2);
  });

  it('keeps exit 1 for lint findings when the output pipe closes early (lint … | head)', () => {
    const dir = tempDir();
    const list = join(dir, 'many findings.md');
    const entries = Array.from(
      { length: 1500 },
      (_, i) =>
        `+ [Paper number ${i}](https://arxiv.org/abs/2501.${String(10000 + i)}) (Mar. 2024)`,
    );
    writeFileSync(list, `# L\n\n## Section\n\n${entries.join('\n\n')}\n`);
    const script = `node "${bin}" lint "${list}" | head -n 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout.trim()).toBe('exit=1');
  }, 60_000);
});
