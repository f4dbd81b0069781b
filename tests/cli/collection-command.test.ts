import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const fixtures = join(import.meta.dirname, '../ingest/fixtures');
const V1 = join(fixtures, 'list version one.md');
const V2 = join(fixtures, 'list version two drops one paper and adds another.md');
const NAME = 'GRPO image generation';
const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface ShownCollection {
  name: string;
  description: string;
  sources: {
    kind: string;
    query: string | null;
    filter: Record<string, unknown>;
    paperCount: number;
  }[];
  papers: {
    position: number;
    note: string | null;
    tags: string[];
    listed: boolean;
    paper: { arxivId: string | null; title: string };
  }[];
}

describe('surveygraph collection', () => {
  let db: string;
  /** Runs `surveygraph collection …` against the test database. */
  const collection = (...args: string[]) => run(['collection', ...args, '--db', db]);
  const show = async (name = NAME) => {
    const result = await collection('show', name, '--json');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as ShownCollection;
  };
  const arxivIds = async () => (await show()).papers.map((p) => p.paper.arxivId);

  beforeEach(async () => {
    db = join(tempDir(), 'g.sqlite');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
    expect(
      (await collection('create', NAME, '--description', 'RL for image generators')).code,
    ).toBe(0);
  });

  it('creates a collection and lists it with its size', async () => {
    const list = await collection('list');
    expect(list.stdout).toMatch(/0 {2}GRPO image generation — RL for image generators/);
    expect(await show()).toMatchObject({
      name: NAME,
      description: 'RL for image generators',
      papers: [],
    });
  });

  it('refuses a second collection with the same name in another case', async () => {
    const result = await collection('create', 'grpo IMAGE generation');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a collection named "GRPO image generation" already exists/);
  });

  it('adds papers by arXiv id, in the order given, to the collection named in any case', async () => {
    const result = await collection(
      'add',
      'grpo image generation',
      '--arxiv',
      '2505.05470',
      'arXiv:2503.07365v2',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /added 2 papers to "GRPO image generation"; it now holds 2 papers/,
    );
    expect(await arxivIds()).toEqual(['2505.05470', '2503.07365']);
  });

  it('names the unknown arXiv ids, exits non-zero and adds none', async () => {
    const result = await collection(
      'add',
      NAME,
      '--arxiv',
      '2505.05470',
      '2501.00001',
      '2501.00002',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /no paper in the database matches arXiv:2501\.00001, arXiv:2501\.00002; nothing was changed/,
    );
    expect(await arxivIds()).toEqual([]);
  });

  it('adds papers named as positional arguments: arXiv id, paper key or citation key', async () => {
    const bib = await run(['export', '--db', db, '2503.07365', '--format', 'bibtex']);
    const citationKey = /^@\w+\{([^,]+),/m.exec(bib.stdout)![1]!;
    const result = await collection(
      'add',
      NAME,
      '2505.05470',
      'url:ieeexplore.ieee.org/document/10987802',
      citationKey,
    );
    expect(result.code).toBe(0);
    expect(await arxivIds()).toEqual(['2505.05470', null, '2503.07365']);
    const annotated = await collection('annotate', NAME, citationKey, '--note', 'by key');
    expect(annotated.code).toBe(0);
    expect((await show()).papers[2]).toMatchObject({ note: 'by key' });
  });

  it('adds a paper by citation key with --key, as exports accept it', async () => {
    const bib = await run(['export', '--db', db, '--ids', '2505.05470']);
    const citationKey = /^@\w+\{([^,]+),/m.exec(bib.stdout)![1]!;
    expect((await collection('add', NAME, '--key', citationKey)).code).toBe(0);
    expect(await arxivIds()).toEqual(['2505.05470']);
  });

  it('refuses an unknown pillar slug with exit code 2, listing the valid ones', async () => {
    const result = await collection('add', NAME, '--filter', '{"pillars":["visual-gen"]}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /unknown pillar or group "visual-gen"; valid: .*mllm.*visual-generation/,
    );
    expect(await arxivIds()).toEqual([]);
  });

  it('keeps at most N papers that match the filter, the filter applied before the limit', async () => {
    // The best hit for these words (Flow-GRPO) is not an MLLM paper; MM-Eureka, further down, is.
    const filter = '{"pillars":["mllm"]}';
    const words = 'reinforcement learning';
    const result = await collection(
      'add',
      NAME,
      '--search',
      words,
      '--filter',
      filter,
      '--limit',
      '1',
    );
    expect(result.code).toBe(0);
    expect(await arxivIds()).toEqual(['2503.07365']);
  });

  it('adds the hits of a search and keeps the query as a source', async () => {
    expect((await collection('add', NAME, '--search', 'flow grpo', '--limit', '1')).code).toBe(0);
    const shown = await show();
    expect(shown.papers.map((p) => p.paper.arxivId)).toEqual(['2505.05470']);
    expect(shown.sources).toMatchObject([{ kind: 'search', query: 'flow grpo', paperCount: 1 }]);
  });

  it('adds every match of a filter and keeps the filter as a source', async () => {
    expect(
      (await collection('add', NAME, '--filter', '{"pillars":["visual-generation"]}')).code,
    ).toBe(0);
    const shown = await show();
    expect(shown.papers.map((p) => p.paper.title.split(':')[0])).toEqual(['Flow-GRPO', 'DiffPPO']);
    expect(shown.sources).toMatchObject([
      { kind: 'filter', filter: { pillars: ['visual-generation'] }, paperCount: 2 },
    ]);
  });

  it.each([
    ['not JSON', '{pillars', /--filter: the filter must be a JSON object/],
    [
      'an unknown field',
      '{"pillar":["x"]}',
      /Unrecognized key.*"pillar".*fields: pillars, sections,/,
    ],
    ['empty', '{}', /An empty filter would select every paper/],
  ])('refuses a filter that is %s', async (_case, filter, message) => {
    const result = await collection('add', NAME, '--filter', filter);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses an add that names no papers', async () => {
    const result = await collection('add', NAME);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /give one of PAPER…, --arxiv, --key, --filter or --search \(--filter may narrow --search\)/,
    );
  });

  it('removes papers and moves one to a position', async () => {
    await collection('add', NAME, '--arxiv', '2503.07365', '2506.04559', '2505.05470');
    expect((await collection('remove', NAME, '--arxiv', '2506.04559')).stdout).toMatch(
      /removed 1 paper from .*; it now holds 2 papers/,
    );
    expect((await collection('move', NAME, '2505.05470', '1')).code).toBe(0);
    expect((await show()).papers.map((p) => [p.position, p.paper.arxivId])).toEqual([
      [1, '2505.05470'],
      [2, '2503.07365'],
    ]);
  });

  it('refuses a position outside the collection', async () => {
    await collection('add', NAME, '--arxiv', '2503.07365');
    const result = await collection('move', NAME, '2503.07365', '5');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Position must be between 1 and 1 \(got 5\)/);
  });

  it('annotates a paper with a note and tags, shown with the paper', async () => {
    await collection('add', NAME, '--arxiv', '2505.05470');
    expect(
      (
        await collection(
          'annotate',
          NAME,
          '2505.05470',
          '--note',
          'Flow matching + GRPO',
          '--tags',
          'flow, grpo',
        )
      ).code,
    ).toBe(0);
    expect((await show()).papers[0]).toMatchObject({
      note: 'Flow matching + GRPO',
      tags: ['flow', 'grpo'],
    });
    const text = await collection('show', NAME);
    expect(text.stdout).toMatch(
      /1\. Flow-GRPO: .* arXiv:2505\.05470\n {5}tags: flow, grpo\n {5}note: Flow matching \+ GRPO/,
    );
  });

  it('annotates a paper without an arXiv id by its key', async () => {
    await collection('add', NAME, '--key', 'url:ieeexplore.ieee.org/document/10987802');
    expect(
      (
        await collection(
          'annotate',
          NAME,
          'url:ieeexplore.ieee.org/document/10987802',
          '--note',
          'IEEE',
        )
      ).code,
    ).toBe(0);
    expect((await show()).papers[0]).toMatchObject({
      note: 'IEEE',
      paper: { title: expect.stringMatching(/^DiffPPO/) },
    });
  });

  it('refuses to annotate a paper that is not in the collection', async () => {
    const result = await collection('annotate', NAME, '2505.05470', '--note', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not in "GRPO image generation": arXiv:2505\.05470/);
  });

  it('renames, describes and deletes a collection', async () => {
    expect((await collection('rename', NAME, 'Images')).stdout).toMatch(
      /renamed "GRPO image generation" to "Images"/,
    );
    expect((await collection('describe', 'images', 'Generators')).code).toBe(0);
    expect(await show('Images')).toMatchObject({ description: 'Generators' });
    expect((await collection('delete', 'Images')).stdout).toMatch(
      /deleted collection "Images" \(0 papers\)/,
    );
    expect((await collection('list')).stdout).toMatch(/no collections yet/);
  });

  it('fails clearly for an unknown collection and leaves the database untouched', async () => {
    const before = hashOf(db);
    const result = await collection('add', 'nope', '--arxiv', '2505.05470');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no collection named "nope"/);
    expect(hashOf(db)).toBe(before);
  });

  it('keeps a paper a newer list version drops, marked as no longer listed', async () => {
    await collection('add', NAME, '--filter', '{"pillars":["visual-generation"]}');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V2])).code).toBe(0);
    expect((await show()).papers.map((p) => p.listed)).toEqual([true, false]);
    expect((await collection('show', NAME)).stdout).toMatch(/DiffPPO.*\[no longer listed\]/);
  });
});
