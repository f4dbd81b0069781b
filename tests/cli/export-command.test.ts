import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateList } from '../support/app';
import { run, tempDir } from '../support/cli';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

const FIXTURES = join(import.meta.dirname, '../ingest/fixtures');
const V1 = join(FIXTURES, 'list version one.md');
const V2 = join(FIXTURES, 'list version two drops one paper and adds another.md');
const METADATA = join(FIXTURES, 'metadata for two listed papers.jsonl');

async function ingested(...files: string[]): Promise<string> {
  const db = join(tempDir(), 'g.sqlite');
  for (const file of files)
    expect((await run(['ingest', '--db', db, '--list', 'demo', file])).code).toBe(0);
  return db;
}

/** The entries of a .bib text, parsed by @retorquere/bibtex-parser, which must report no error. */
function bibEntries(text: string) {
  const library = parseBibtex(text, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

/** Citation keys by arXiv id (or title), from a BibTeX export. */
function keysOf(text: string): Record<string, string> {
  return Object.fromEntries(
    bibEntries(text).map((entry) => [entry.fields.eprint ?? entry.fields.title, entry.key]),
  );
}

describe('surveygraph export', () => {
  let db: string;
  beforeAll(async () => {
    db = await ingested(V1);
  });

  it('writes BibTeX of the whole corpus to stdout by default', async () => {
    const result = await run(['export', '--db', db]);
    expect(result.code).toBe(0);
    expect(bibEntries(result.stdout).map((entry) => entry.fields.title)).toHaveLength(4);
  });

  it.each(['bibtex', 'biblatex', 'csl-json', 'ris', 'csv', 'json', 'markdown', 'citations'])(
    'exports as %s',
    async (format) => {
      const result = await run(['export', '--db', db, '--format', format]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/Flow-GRPO/);
    },
  );

  it('writes to a file with -o and says so on stderr', async () => {
    const file = join(tempDir(), 'refs.ris');
    const result = await run(['export', '--db', db, '--format', 'ris', '-o', file]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/wrote 4 papers to .*refs\.ris \(ris\)/);
    expect(readFileSync(file, 'utf8').match(/^ER {2}-/gm)).toHaveLength(4);
  });

  it('starts CSV with a byte order mark with --bom, so spreadsheets read the accents', async () => {
    const plain = await run(['export', '--db', db, '--format', 'csv']);
    const marked = await run(['export', '--db', db, '--format', 'csv', '--bom']);
    expect(plain.stdout.startsWith('key,')).toBe(true);
    expect(marked.stdout).toBe(`\uFEFF${plain.stdout}`);
  });

  it('selects papers by arXiv id, paper key or citation key, in the order given', async () => {
    const all = keysOf((await run(['export', '--db', db])).stdout);
    const ids = ['2505.05470', 'url:ieeexplore.ieee.org/document/10987802', all['2503.07365']!];
    const result = await run(['export', '--db', db, '--format', 'json', '--ids', ...ids]);
    const records = JSON.parse(result.stdout) as { arxivId: string | null; title: string }[];
    expect(records.map((r) => r.arxivId ?? r.title.slice(0, 7))).toEqual([
      '2505.05470',
      'DiffPPO',
      '2503.07365',
    ]);
  });

  it('takes papers as positional arguments too, like collection add and annotate', async () => {
    const all = keysOf((await run(['export', '--db', db])).stdout);
    const args = ['export', all['2503.07365']!, '2505.05470', '--db', db, '--format', 'json'];
    const records = JSON.parse((await run(args)).stdout) as { arxivId: string | null }[];
    expect(records.map((r) => r.arxivId)).toEqual(['2503.07365', '2505.05470']);
  });

  it('selects by search, narrowed by a filter, and by filter alone', async () => {
    const search = await run([
      'export',
      '--db',
      db,
      '--format',
      'json',
      '--search',
      'reinforcement',
      '--filter',
      '{"pillars":["visual-generation"]}',
    ]);
    expect(JSON.parse(search.stdout).map((r: { title: string }) => r.title.slice(0, 7))).toEqual([
      'DiffPPO',
    ]);
    const filter = await run([
      'export',
      '--db',
      db,
      '--format',
      'json',
      '--filter',
      '{"hasCode":true}',
    ]);
    expect(JSON.parse(filter.stdout)).toHaveLength(2);
  });

  it('prints formatted citations in a style', async () => {
    const ieee = await run([
      'export',
      '--db',
      db,
      '--format',
      'citations',
      '--style',
      'ieee',
      '--ids',
      '2505.05470',
    ]);
    expect(ieee.stdout).toBe(
      '[1] “Flow-GRPO: Training Flow Matching Models via Online RL,” arXiv:2505.05470, May 2025. doi: 10.48550/arXiv.2505.05470.\n',
    );
    const html = await run([
      'export',
      '--db',
      db,
      '--format',
      'citations',
      '--html',
      '--ids',
      '2505.05470',
    ]);
    expect(html.stdout).toMatch(/^<div class="csl-bib-body">/);
  });

  it('groups Markdown by year', async () => {
    const result = await run(['export', '--db', db, '--format', 'markdown', '--group-by', 'year']);
    expect(result.stdout.match(/^## .*$/gm)).toEqual(['## 2025', '## 2024']);
  });

  describe('fails with a clear message and exit code 2', () => {
    it.each([
      [
        ['--format', 'endnote'],
        /unknown --format "endnote"; use one of bibtex, biblatex, csl-json, ris, csv, json, markdown, citations/,
      ],
      [
        ['--style', 'mla', '--format', 'citations'],
        /unknown --style "mla"; use one of apa, ieee, chicago-author-date/,
      ],
      [['--filter', '{"pillars":'], /--filter: the filter must be a JSON object, e\.g\. \{/],
      [
        ['--filter', '{"pillar":["mllm"]}'],
        /--filter: Unrecognized key: "pillar" \(fields: pillars, /,
      ],
      [
        ['--ids', '2505.05470', '2501.00001', 'doi:10.1/none'],
        /no paper matches arXiv:2501\.00001, doi:10\.1\/none$/,
      ],
      [['--collection', 'nothing here'], /no collection named "nothing here"/],
      [
        ['--search', 'grpo', '--ids', '2505.05470'],
        /give one of --collection, --search, --filter or PAPER… \(or --ids\)/,
      ],
      [['--group-by', 'year'], /--group-by applies to --format markdown only/],
      [['--bom'], /--bom applies to --format csv only/],
      [['--style', 'apa'], /--style and --html apply to --format citations only/],
      [['--limit', '3'], /--limit goes with --search/],
      [['--search', '  '], /A search needs at least one word/],
      [['--search', 'grpo', '--limit', 'abc'], /--limit must be a whole number of at least 1/],
      [['--filter', '{"pillars":["visual-gen"]}'], /unknown pillar or group "visual-gen"; valid: /],
      [['--filter', '{"algorithms":["gpro"]}'], /unknown algorithm "gpro"; valid: .*grpo/],
      [['--filter', '{"sections":[9999]}'], /unknown section id 9999; valid: 1, /],
    ])('%j', async (args, message) => {
      const result = await run(['export', '--db', db, ...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  });
});

describe('citation keys', () => {
  it('stay the same across exports, formats and re-ingests, once the paper has authors', async () => {
    const db = await ingested(V1);
    const provisional = keysOf((await run(['export', '--db', db])).stdout);
    expect(provisional['2503.07365']).toBe('mmeureka2025exploring');
    const csv = (await run(['export', '--db', db, '--format', 'csv'])).stdout;
    expect(csv).toContain('\r\nmmeureka2025exploring,2503.07365,');

    // The metadata brings authors: the provisional (title-based) keys become final, once.
    expect((await run(['ingest', '--db', db, METADATA])).code).toBe(0);
    const withAuthors = (await run(['export', '--db', db, '--format', 'biblatex'])).stdout;
    expect(withAuthors).toMatch(/@online\{meng2025mmeureka,\n {2}author = \{Meng, Fanqing/);
    const first = keysOf(withAuthors);
    // The old key, which a manuscript may hold from the first export, still names the paper.
    const byOldKey = await run(['export', '--db', db, 'mmeureka2025exploring']);
    expect(byOldKey.code).toBe(0);
    expect(Object.values(keysOf(byOldKey.stdout))).toEqual(['meng2025mmeureka']);

    expect((await run(['ingest', '--db', db, METADATA])).code).toBe(0);
    expect((await run(['ingest', '--db', db, '--list', 'demo', V2])).code).toBe(0);
    const after = keysOf((await run(['export', '--db', db])).stdout);
    for (const id of ['2503.07365', '2506.04559', '2505.05470']) expect(after[id]).toBe(first[id]);
    expect(after['2505.07818']).toBe('dancegrpo2025unleashing');
    expect(new Set(Object.values(after)).size).toBe(Object.keys(after).length);
  });

  it('are given at ingest, so every paper has one before any export', async () => {
    const db = await ingested(V1);
    const result = await run([
      'query',
      '--db',
      db,
      '{ papers(first: 5) { edges { node { arxivId citationKey } } } }',
    ]);
    const nodes = JSON.parse(result.stdout).data.papers.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toContainEqual({ arxivId: '2503.07365', citationKey: 'mmeureka2025exploring' });
    expect(nodes.every((n: { citationKey: unknown }) => typeof n.citationKey === 'string')).toBe(
      true,
    );
  });
});

/**
 * The "done" scenario, with the CLI alone: a collection of GRPO-based image-generation
 * papers, two of them annotated, exported as BibTeX for a manuscript whose `\cite{…}` commands
 * (one per paper, keys as the API reports them) must all resolve against the .bib.
 */
async function runDoneScenario(db: string, mustHold: string[]): Promise<void> {
  const cli = async (...args: string[]) => {
    const result = await run([...args, '--db', db]);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    return result.stdout;
  };
  const name = 'GRPO image generation';
  await cli('collection', 'create', name, '--description', 'GRPO-based text-to-image papers');
  await cli(
    'collection',
    'add',
    name,
    '--search',
    'grpo image generation',
    '--filter',
    '{"pillars":["visual-generation"]}',
  );
  await cli(
    'collection',
    'annotate',
    name,
    mustHold[0]!,
    '--note',
    'The baseline.',
    '--tags',
    'flow,baseline',
  );
  await cli('collection', 'annotate', name, mustHold[1]!, '--note', 'Compare with the baseline.');
  const shown = JSON.parse(await cli('collection', 'show', name, '--json'));
  expect(shown.papers.filter((p: { note: string | null }) => p.note)).toHaveLength(2);

  const bibFile = join(tempDir(), 'grpo.bib');
  await cli('export', '--collection', name, '--format', 'bibtex', '-o', bibFile);
  const entries = bibEntries(readFileSync(bibFile, 'utf8'));
  const arxivIds = entries.map((entry) => entry.fields.eprint);
  expect(arxivIds).toEqual(
    shown.papers.map((p: { paper: { arxivId: string } }) => p.paper.arxivId),
  );
  expect(new Set(arxivIds).size).toBe(arxivIds.length);
  expect(arxivIds).toEqual(expect.arrayContaining(mustHold));

  const query = `{ collection(name: "${name}") { papers(first: 100) { edges { node { citationKey } } } } }`;
  const keys = JSON.parse(await cli('query', query)).data.collection.papers.edges.map(
    (edge: { node: { citationKey: string } }) => edge.node.citationKey,
  );
  const tex = keys.map((key: string) => `See~\\cite{${key}}.`).join('\n');
  writeFileSync(join(tempDir(), 'paper.tex'), tex);
  const cited = [...tex.matchAll(/\\cite\{([^}]+)\}/g)].flatMap((match) => match[1]!.split(','));
  const bibKeys = new Set(entries.map((entry) => entry.key));
  expect(cited).toHaveLength(entries.length);
  expect(cited.filter((key) => !bibKeys.has(key))).toEqual([]);
}

describe('the done scenario', () => {
  it('on a generated list: collect GRPO image-generation papers, annotate two, cite them all', async () => {
    const file = join(tempDir(), 'generated.md');
    writeFileSync(file, generateList(24));
    await runDoneScenario(await ingested(file), ['2502.10001', '2506.10005']);
  });
});

describeWithSharedData('the done scenario on the real Visual-RL corpus', () => {
  it('collects Flow-GRPO, DanceGRPO and their kin, and every \\cite resolves', async () => {
    const db = await ingested(sharedAwesomeListFiles().at(-1)!, sharedFile('paper-metadata.jsonl'));
    await runDoneScenario(db, ['2505.05470', '2505.07818']);
  });
});
