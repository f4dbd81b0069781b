import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const fixtures = join(import.meta.dirname, '../ingest/fixtures');
const LIST = join(fixtures, 'generation and reasoning papers naming grpo variants.md');
const METADATA = join(fixtures, 'abstracts naming grpo variants and benchmarks.jsonl');

describe('surveygraph corpus build', () => {
  it('writes a corpus folder that ingests to the same papers and carries links found in abstracts', async () => {
    const out = join(tempDir(), 'demo');
    const built = await run([
      'corpus',
      'build',
      LIST,
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
    expect((await run(['ingest', '--db', fromList, '--list', 'demo', LIST])).code).toBe(0);
    expect((await run(['ingest', '--db', fromCorpus, out])).code).toBe(0);
    const titles = async (db: string) =>
      (await run(['export', '--db', db, '--format', 'csv'])).stdout.split('\n').length;
    expect(await titles(fromCorpus)).toBe(await titles(fromList));
  });
});
