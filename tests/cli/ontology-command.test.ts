import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const FIXTURES = join(import.meta.dirname, '../ingest/fixtures');
const LIST = join(FIXTURES, 'generation and reasoning papers naming grpo variants.md');
const ABSTRACTS = join(FIXTURES, 'abstracts naming grpo variants and benchmarks.jsonl');

describe('surveygraph ontology', () => {
  let db: string;
  beforeAll(async () => {
    db = join(tempDir(), 'g.sqlite');
    const ingest = await run(['ingest', '--db', db, LIST, ABSTRACTS]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(
      /entity links: 4 papers tagged, 4 changed — algorithm 4 \(2 proposes\)/,
    );
  });

  it('show counts the entities of every kind', async () => {
    const result = await run(['ontology', 'show']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s+\d+ {2}algorithm$/m);
    expect(result.stdout).toMatch(/^\s+4 {2}pillar$/m);
  });

  it('show KIND prints algorithms as a variant tree with linked paper counts', async () => {
    const result = await run(['ontology', 'show', 'algorithms', '--db', db]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const grpo = lines.findIndex((l) => /^ {4}grpo {2}/.test(l));
    expect(lines[grpo]).toMatch(/\(2 papers\)$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {6}flow-grpo {2}Flow-GRPO .*\(1 paper\)$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {8}tempflow-grpo {2}/));
    const json = JSON.parse(
      (await run(['ontology', 'show', 'benchmark', '--json', '--db', db])).stdout,
    );
    expect(json.find((b: { slug: string }) => b.slug === 'geneval')).toMatchObject({
      task: 'text-to-image',
      papers: 2,
    });
  });

  it('show refuses an unknown kind', async () => {
    const result = await run(['ontology', 'show', 'gadgets', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown kind "gadgets"/);
  });

  it('unknown-terms lists coined names the ontology does not spell, at least --min times', async () => {
    const result = await run(['ontology', 'unknown-terms', '--min', '1', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s+1 {2}MM-Eureka$/m);
    expect(result.stdout).not.toMatch(/GRPO|GenEval/);
    expect((await run(['ontology', 'unknown-terms', '--min', '2', '--db', db])).stdout).toMatch(
      /no unknown term/,
    );
    expect((await run(['ontology', 'unknown-terms', '--min', '0', '--db', db])).code).toBe(2);
  });

  it('link links the papers again and changes nothing when nothing changed', async () => {
    const result = await run(['ontology', 'link', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/entity links: 4 papers tagged, 0 changed/);
    expect(result.stdout).toMatch(/overrides: 0 applied, 4 about papers not in the graph/);
  });

  it('fails clearly without a database', async () => {
    const result = await run(['ontology', 'link', '--db', join(tempDir(), 'none.sqlite')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no database yet/);
  });
});
