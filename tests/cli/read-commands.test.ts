import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const V1 = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

describe('read commands on an ingested database', () => {
  let db: string;
  beforeAll(async () => {
    db = join(tempDir(), 'g.sqlite');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
  });

  it('query prints the JSON result of a GraphQL document', async () => {
    const result = await run([
      'query',
      '--db',
      db,
      '{ papers(first: 1) { totalCount edges { node { arxivId } } } }',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      data: { papers: { totalCount: 4, edges: [{ node: { arxivId: '2503.07365' } }] } },
    });
  });

  it('query passes --variables and exits non-zero when the result has errors', async () => {
    const ok = await run([
      'query',
      '--db',
      db,
      'query($a: String) { paper(arxivId: $a) { title } }',
      '--variables',
      '{"a":"2505.05470"}',
    ]);
    expect(JSON.parse(ok.stdout).data.paper.title).toMatch(/^Flow-GRPO/);
    const bad = await run(['query', '--db', db, '{ papers(first: 1000) { totalCount } }']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).errors[0].message).toMatch(/between 0 and 100/);
  });

  it('query rejects variables that are not a JSON object', async () => {
    const result = await run([
      'query',
      '--db',
      db,
      '{ papers { totalCount } }',
      '--variables',
      '[1]',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--variables must be a JSON object/);
  });

  it('search prints ranked titles, and JSON with --json', async () => {
    const text = await run(['search', '--db', db, 'flow', 'grpo']);
    expect(text.stdout.split('\n')[0]).toMatch(
      /\[Flow\]-\[GRPO\]: Training \[Flow\] Matching Models via Online RL \(2025\) arXiv:2505\.05470/,
    );
    const json = await run(['search', '--db', db, 'eureka', '--json']);
    expect(JSON.parse(json.stdout)[0].paper.arxivId).toBe('2503.07365');
  });

  it('search exits 2 with a clear message for a query it cannot read', async () => {
    const result = await run(['search', '--db', db, 'grpo', 'colour:red']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read the search query: unknown field "colour:"/);
    expect((await run(['collection', 'create', 'syntax', '--db', db])).code).toBe(0);
    const unclosed = await run(['collection', 'add', 'syntax', '--search', '"grpo', '--db', db]);
    expect(unclosed.stderr).toMatch(/unclosed quote/);
    expect(unclosed.code).toBe(2);
  });

  it('search says "no matches" with the nearest words, and prints abstract fragments', async () => {
    const none = await run(['search', '--db', db, 'capshuning']);
    expect(none.stdout).toMatch(/^no matches; did you mean .*captioning/);
    const help = await run(['search', '--help']);
    expect(help.stdout).toMatch(/"thinking with images"\s+an exact phrase/);
  });

  it('search finds a title word with a typo and a prefix', async () => {
    const result = await run(['search', '--db', db, 'eureca', '--json']);
    expect(JSON.parse(result.stdout)[0].paper.arxivId).toBe('2503.07365');
    const prefix = await run(['search', '--db', db, 'percep', '--json']);
    expect(JSON.parse(prefix.stdout)[0].paper.arxivId).toBe('2506.04559');
  });

  it('stats counts papers, sections and pillars', async () => {
    const result = await run(['stats', '--db', db, '--json']);
    const stats = JSON.parse(result.stdout);
    expect(stats).toMatchObject({
      papers: 4,
      listedPapers: 4,
      arxivPapers: 3,
      papersWithCode: 2,
      lists: 1,
    });
    expect(stats.byPillar.find((p: { slug: string }) => p.slug === 'mllm').papers).toBe(2);
  });

  it('commands on a missing database say how to create one', async () => {
    const result = await run(['stats', '--db', join(tempDir(), 'none.sqlite')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no database yet; run `surveygraph ingest FILE`/);
  });

  it('prints help for the program and each command', async () => {
    const help = await run(['--help']);
    expect(help.stdout).toMatch(/ingest \[options\] <files\.\.\.>/);
    expect(help.stdout).toMatch(/SURVEYGRAPH_DB/);
    const lint = await run(['lint', '--help']);
    expect(lint.stdout).toMatch(/--json/);
  });
});
