import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const FIXTURES = join(import.meta.dirname, '../ingest/fixtures/citations');
const fixture = (name: string) => join(FIXTURES, name);
const V1 = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

describe('surveygraph ingest with citation files', () => {
  let db: string;
  beforeEach(async () => {
    db = join(tempDir(), 'g.sqlite');
    expect((await run(['ingest', '--db', db, '--list', 'demo', V1])).code).toBe(0);
  });

  it('tells each citation format from its content and imports it', async () => {
    const files = [
      'unarxive paper with five bib entries.jsonl',
      'openalex work with arxiv location.json',
      'crossref work with references.json',
      'grobid fulltext with two references.tei.xml',
      's2 citations dataset lines.jsonl',
    ];
    const result = await run(['ingest', '--db', db, ...files.map(fixture)]);
    expect(result.code).toBe(0);
    for (const format of ['unarxive', 'openalex', 'crossref', 'grobid', 's2-dataset']) {
      expect(result.stdout).toContain(`citations (${format}) ←`);
    }
    // The GROBID paper is 2503.07365, a listed paper: its two references are now its own.
    const query = await run([
      'query',
      '--db',
      db,
      '{ paper(arxivId: "2503.07365") { referenceCount { total } references { edges { node { contexts } } } } }',
    ]);
    const paper = JSON.parse(query.stdout).data.paper;
    expect(paper.referenceCount.total).toBe(2);
    expect(
      paper.references.edges.map((e: { node: { contexts: string[] } }) => e.node.contexts[0]),
    ).toEqual(expect.arrayContaining(['Policy gradients with clipping [1] are the workhorse.']));
  });

  it('needs --references-of for a Semantic Scholar /references page, and refuses the wrong direction', async () => {
    const page = fixture('s2 references page with contexts and intents.json');
    const without = await run(['ingest', '--db', db, page]);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/pass --references-of or --citations-of/);
    const wrong = await run(['ingest', '--db', db, '--citations-of', '2505.05470', page]);
    expect(wrong.stderr).toMatch(/these are Semantic Scholar references .* use --references-of/);
    const right = await run(['ingest', '--db', db, '--references-of', '2505.05470', page]);
    expect(right.code).toBe(0);
    expect(right.stdout).toContain('references: 2 read, 1 skipped');
  });

  it("imports a paper's own BibTeX bibliography with --references-of, and again adds nothing", async () => {
    const file = join(
      import.meta.dirname,
      '../ingest/fixtures/bibtex that disagrees with the list.bib',
    );
    const first = await run(['ingest', '--db', db, '--references-of', '2505.05470', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/citations \(bibtex-references\)/);
    const again = await run(['ingest', '--db', db, '--references-of', '2505.05470', file]);
    expect(again.stdout).toMatch(/edges: 0 added/);
  });

  it('links citations imported before their list once the list arrives', async () => {
    const fresh = join(tempDir(), 'g.sqlite');
    const tei = fixture('grobid fulltext with two references.tei.xml');
    expect((await run(['ingest', '--db', fresh, tei])).code).toBe(0);
    expect((await run(['ingest', '--db', fresh, '--list', 'demo', V1])).code).toBe(0);
    const query = await run([
      'query',
      '--db',
      fresh,
      '{ paper(arxivId: "2503.07365") { referenceCount { total } } }',
    ]);
    expect(JSON.parse(query.stdout).data.paper.referenceCount.total).toBe(2);
  });
});
