import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPapersToCollection } from '../../src/service/change-collection-papers';
import { createCollection } from '../../src/store/collection.store';
import type { Db } from '../../src/store/database';
import { createTestApp, generateList } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';
const AT = '2026-01-01T00:00:00Z';

interface ExportResult {
  export: {
    format: string;
    contentType: string;
    filename: string;
    paperCount: number;
    text: string;
  };
}

const EXPORT = `query($format: ExportFormat!, $selection: ExportSelectionInput, $groupBy: ExportGroupBy,
  $style: CitationStyle, $citationFormat: CitationFormat) {
  export(format: $format, selection: $selection, groupBy: $groupBy, style: $style,
    citationFormat: $citationFormat) { format contentType filename paperCount text } }`;

function graphWithList(): Db {
  const { db } = createTestGraph();
  ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
  return db;
}

describe('the export query', () => {
  let db: Db;
  let api: ReturnType<typeof createTestApp>;
  const exportWith = (variables: Record<string, unknown>) =>
    api.query<ExportResult>(EXPORT, variables);

  beforeAll(() => {
    db = graphWithList();
    const created = createCollection(db, { name: 'Flow & friends' }, AT);
    if (!created.ok) throw new Error(created.reason);
    const refs = [{ arxivId: '2505.05470' }, { arxivId: '2503.07365' }];
    addPapersToCollection(
      { db, index: { select: () => [], validate: () => undefined } },
      created.collection.id,
      { kind: 'papers', refs },
      AT,
    );
    api = createTestApp(db);
  });

  it('exports the whole corpus as BibTeX with what a download needs', async () => {
    const result = await exportWith({ format: 'BIBTEX' });
    expect(result.errors).toBeUndefined();
    const { text, ...rest } = result.data!.export;
    expect(rest).toEqual({
      format: 'BIBTEX',
      contentType: 'application/x-bibtex; charset=utf-8',
      filename: 'surveygraph.bib',
      paperCount: 4,
    });
    const library = parseBibtex(text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(4);
  });

  it('exports a collection in its order, named after it', async () => {
    const result = await exportWith({
      format: 'CSL_JSON',
      selection: { collection: 'flow & FRIENDS' },
    });
    const { text, filename } = result.data!.export;
    expect(filename).toBe('flow-friends.json');
    expect(JSON.parse(text).map((item: { id: string }) => item.id)).toEqual([
      'flowgrpo2025training',
      'mmeureka2025exploring',
    ]);
  });

  it('selects by global id, arXiv id and key, and by search narrowed by a filter', async () => {
    const page = await api.query<{ papers: { edges: { node: { id: string } }[] } }>(
      '{ papers(first: 1) { edges { node { id } } } }',
    );
    const id = page.data!.papers.edges[0]!.node.id;
    const byRefs = await exportWith({
      format: 'JSON',
      selection: {
        ids: [id],
        arxivIds: ['arXiv:2505.05470v2'],
        keys: ['url:ieeexplore.ieee.org/document/10987802'],
      },
    });
    const titles = JSON.parse(byRefs.data!.export.text).map((r: { title: string }) =>
      r.title.slice(0, 7),
    );
    expect(titles).toEqual(['MM-Eure', 'Flow-GR', 'DiffPPO']);
    const search = await exportWith({
      format: 'JSON',
      selection: {
        search: 'reinforcement',
        searchLimit: 1,
        filter: { pillars: ['visual-generation'] },
      },
    });
    expect(search.data!.export).toMatchObject({
      paperCount: 1,
      filename: 'search-reinforcement.json',
    });
  });

  it('writes Markdown grouped by year and citations in a style as HTML', async () => {
    const markdown = await exportWith({ format: 'MARKDOWN', groupBy: 'YEAR' });
    expect(markdown.data!.export.text).toMatch(/^## 2025\n/);
    const html = await exportWith({
      format: 'CITATIONS',
      style: 'IEEE',
      citationFormat: 'HTML',
      selection: { arxivIds: ['2505.05470'] },
    });
    expect(html.data!.export).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      filename: 'surveygraph.html',
    });
    expect(html.data!.export.text).toMatch(/<div class="csl-left-margin">\[1\]<\/div>/);
  });

  it.each([
    [
      { selection: { arxivIds: ['2505.05470', '2501.00001'], keys: ['nokey2020'] } },
      'BAD_USER_INPUT',
      /No paper matches arXiv:2501\.00001, nokey2020/,
    ],
    [
      { selection: { arxivIds: ['7916.37423'] } },
      'BAD_USER_INPUT',
      /"7916\.37423" is not an arXiv id: month 16 does not exist/,
    ],
    [
      { selection: { search: 'grpo', collection: 'x' } },
      'BAD_USER_INPUT',
      /Give one of ids, arxivIds, keys, filter, search or collection \(filter may narrow search\)/,
    ],
    [{ selection: { collection: 'missing' } }, 'NOT_FOUND', /No collection named "missing"/],
    [{ selection: { search: ' ' } }, 'BAD_USER_INPUT', /A search needs at least one word/],
    [
      { groupBy: 'YEAR' },
      'BAD_USER_INPUT',
      /The groupBy option applies to the markdown format only/,
    ],
    [{ style: 'APA' }, 'BAD_USER_INPUT', /The style option applies to the citations format only/],
  ])('rejects %j with %s', async (variables, code, message) => {
    const result = await exportWith({ format: 'BIBTEX', ...variables });
    expect(result.data?.export ?? null).toBeNull();
    expect(result.errors![0]!.message).toMatch(message);
    expect(result.errors![0]!.extensions!['code']).toBe(code);
  });
});

describe('Paper.cite and Paper.citationKey', () => {
  const CITE = `{ paper(arxivId: "2505.05470") { citationKey apa: cite(style: APA)
    ieee: cite(style: IEEE) chicago: cite(style: CHICAGO_AUTHOR_DATE) html: cite(style: APA, format: HTML) } }`;

  it('formats the paper in each style, as text or HTML', async () => {
    const api = createTestApp(graphWithList());
    const result = await api.query<{ paper: Record<string, string | null> }>(CITE);
    expect(result.errors).toBeUndefined();
    expect(result.data!.paper).toEqual({
      citationKey: null,
      apa: 'Flow-GRPO: Training Flow Matching Models via Online RL (arXiv:2505.05470). (2025). arXiv. https://doi.org/10.48550/arXiv.2505.05470',
      ieee: '[1] “Flow-GRPO: Training Flow Matching Models via Online RL,” arXiv:2505.05470, May 2025. doi: 10.48550/arXiv.2505.05470.',
      chicago: expect.stringMatching(
        /^“Flow-GRPO: Training Flow Matching Models via Online RL\.” 2025\./,
      ),
      html: expect.stringMatching(/^<div class="csl-bib-body">[\s\S]*Flow-GRPO[\s\S]*<\/div>$/),
    });
  });

  it('writes no key: an export shows the computed key and the paper still has none stored', async () => {
    const api = createTestApp(graphWithList());
    const ris = await api.query<{ export: { text: string } }>(EXPORT, {
      format: 'RIS',
      selection: { arxivIds: ['2505.05470'] },
    });
    expect(ris.data!.export.text).toMatch(/ID {2}- flowgrpo2025training/);
    const key = async () =>
      (await api.query<{ paper: { citationKey: string | null } }>(CITE)).data!.paper.citationKey;
    expect(await key()).toBeNull();
  });

  it('costs a fixed number of statements for a page of papers, whatever its size', async () => {
    const statements: string[] = [];
    const { db } = createTestGraph({ onStatement: (sql) => statements.push(sql) });
    ingestMarkdown(db, generateList(60), 'generated.md');
    const api = createTestApp(db);
    const count = async (n: number) => {
      statements.length = 0;
      const result = await api.query(
        `query($n: Int!) { papers(first: $n) { edges { node { citationKey cite(style: IEEE) } } } }`,
        { n },
      );
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    expect(await count(50)).toBe(await count(5));
  });
});
