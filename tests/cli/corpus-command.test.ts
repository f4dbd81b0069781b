import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const fixtures = join(import.meta.dirname, '../ingest/fixtures');
const GRPO_LIST = join(fixtures, 'generation and reasoning papers naming grpo variants.md');
const METADATA = join(fixtures, 'abstracts naming grpo variants and benchmarks.jsonl');

describe('surveygraph corpus build', () => {
  it('writes a corpus folder that ingests to the same papers and carries links found in abstracts', async () => {
    const out = join(tempDir(), 'demo');
    const built = await run([
      'corpus',
      'build',
      GRPO_LIST,
      '--name',
      'demo',
      '--out',
      out,
      '--metadata',
      METADATA,
    ]);
    expect(built.code).toBe(0);
    const links = Number(/(\d+) entity links from abstracts/.exec(built.stdout)![1]);
    expect(links).toBeGreaterThan(0);
    expect(readdirSync(out).length).toBeGreaterThan(1);

    const fromList = join(tempDir(), 'list.sqlite');
    const fromCorpus = join(tempDir(), 'corpus.sqlite');
    expect((await run(['ingest', '--db', fromList, '--list', 'demo', GRPO_LIST])).code).toBe(0);
    expect((await run(['ingest', '--db', fromCorpus, out])).code).toBe(0);
    const titles = async (db: string) =>
      (await run(['export', '--db', db, '--format', 'csv'])).stdout.split('\n').length;
    expect(await titles(fromCorpus)).toBe(await titles(fromList));
  });
});

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
