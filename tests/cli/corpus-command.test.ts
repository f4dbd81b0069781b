import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const BUNDLED = join(import.meta.dirname, '../../db/corpus/visual-rl');
const LIST = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

describe('surveygraph corpus build over an existing corpus', () => {
  it('refuses to write fewer entries, records or links, says what would be lost, exit 2', async () => {
    const out = join(tempDir(), 'visual-rl');
    cpSync(BUNDLED, out, { recursive: true });
    const before = readFileSync(join(out, 'records.jsonl'), 'utf8');
    const result = await run(['corpus', 'build', LIST, '--name', 'visual-rl', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /would lose facts: list entries: 228 → 5; metadata records: 298 → 0; entity links: \d+ → 0/,
    );
    expect(result.stderr).toMatch(
      /no --metadata given; the corpus was built with paper-metadata\.jsonl/,
    );
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toBe(before);
  });

  it('writes the smaller corpus with --force', async () => {
    const out = join(tempDir(), 'visual-rl');
    cpSync(BUNDLED, out, { recursive: true });
    const result = await run([
      'corpus',
      'build',
      LIST,
      '--name',
      'visual-rl',
      '--out',
      out,
      '--force',
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'records.jsonl'), 'utf8')).toBe('');
  });
});
