import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { PaperIndex } from '../../src/search/paper-index';
import { createApp } from '../../src/server/app';
import { addPapersToCollection } from '../../src/service/change-collection-papers';
import { createCollection } from '../../src/store/collection.store';
import type { Db } from '../../src/store/database';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';
const AT = '2026-01-01T00:00:00Z';
const COLLECTION = 'Flow GRPO ü';

function graphWithCollection(): Db {
  const { db } = createTestGraph();
  ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
  const created = createCollection(db, { name: COLLECTION }, AT);
  if (!created.ok) throw new Error(created.reason);
  const refs = [{ arxivId: '2505.05470' }, { arxivId: '2506.04559' }];
  addPapersToCollection(
    { db, index: { select: () => [], validate: () => undefined } },
    created.collection.id,
    { kind: 'papers', refs },
    AT,
  );
  return db;
}

function appOver(db: Db, logError?: (error: unknown) => void) {
  return createApp({ db, index: PaperIndex.open(db), writeToken: 'secret', logError });
}

describe('HTTP export downloads', () => {
  let app: ReturnType<typeof appOver>;
  const get = (path: string, init?: RequestInit) =>
    app.fetch(new Request(`http://app${path}`, init));

  beforeAll(() => {
    app = appOver(graphWithCollection());
  });

  it('serves the whole corpus as a BibTeX attachment, without a token', async () => {
    const response = await get('/export?format=bibtex');
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/x-bibtex; charset=utf-8',
      'content-disposition': 'attachment; filename="surveygraph.bib"',
      'x-paper-count': '4',
    });
    const library = parseBibtex(await response.text(), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(4);
  });

  it('selects by search and filter, or by ids given as a list or repeated', async () => {
    const filter = encodeURIComponent('{"pillars":["visual-generation"]}');
    const search = await get(`/export?format=csv&search=reinforcement&filter=${filter}`);
    expect(search.headers.get('content-disposition')).toBe(
      'attachment; filename="search-reinforcement.csv"',
    );
    const rows = parseCsv(await search.text(), { columns: true }) as { title: string }[];
    expect(rows.map((row) => row.title.slice(0, 7))).toEqual(['DiffPPO']);
    const ids = await get('/export?format=json&ids=2505.05470,2503.07365&ids=arXiv:2506.04559');
    const records = JSON.parse(await ids.text()) as { arxivId: string }[];
    expect(records.map((record) => record.arxivId)).toEqual([
      '2505.05470',
      '2503.07365',
      '2506.04559',
    ]);
  });

  it.each([
    [
      '.bib',
      'application/x-bibtex; charset=utf-8',
      'flow-grpo-u.bib',
      /^@misc\{flowgrpo2025training,/,
    ],
    [
      '.bib?format=biblatex',
      'application/x-bibtex; charset=utf-8',
      'flow-grpo-u.bib',
      /^@online\{/,
    ],
    [
      '.csl.json',
      'application/vnd.citationstyles.csl+json; charset=utf-8',
      'flow-grpo-u.json',
      /^\[\n {2}\{\n {4}"id": "flowgrpo2025training"/,
    ],
    [
      '.json',
      'application/json; charset=utf-8',
      'flow-grpo-u.json',
      /^\[\n {2}\{\n {4}"key": "flowgrpo2025training"/,
    ],
    [
      '.ris',
      'application/x-research-info-systems; charset=utf-8',
      'flow-grpo-u.ris',
      /^TY {2}- UNPB\r\n/,
    ],
    ['.csv', 'text/csv; charset=utf-8; header=present', 'flow-grpo-u.csv', /^key,arxivId,/],
    ['.md?groupBy=none', 'text/markdown; charset=utf-8', 'flow-grpo-u.md', /^\+ \[Flow-GRPO/],
    ['.txt?style=ieee', 'text/plain; charset=utf-8', 'flow-grpo-u.txt', /^\[1\] “Flow-GRPO/],
    ['.html', 'text/html; charset=utf-8', 'flow-grpo-u.html', /^<div class="csl-bib-body">/],
  ])('serves a collection as <name>%s', async (suffix, contentType, filename, start) => {
    const response = await get(`/export/collections/${encodeURIComponent(COLLECTION)}${suffix}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
    expect(response.headers.get('x-paper-count')).toBe('2');
    expect(await response.text()).toMatch(start);
  });

  it('starts a .csv download with a UTF-8 byte order mark, unless bom=false', async () => {
    const path = `/export/collections/${encodeURIComponent(COLLECTION)}.csv`;
    const bytes = async (url: string) => new Uint8Array(await (await get(url)).arrayBuffer());
    expect([...(await bytes(path)).slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x6b]);
    expect([...(await bytes(`${path}?bom=false`)).slice(0, 3)]).toEqual([0x6b, 0x65, 0x79]);
    expect([...(await bytes(path.replace('.csv', '.ris'))).slice(0, 2)]).toEqual([0x54, 0x59]);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await get('/export/collections/flow%20grpo%20%C3%BC.ris', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(100);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['/export/collections/nothing.bib', 404, 'No collection named "nothing"\n'],
    [
      '/export/elsewhere',
      404,
      'No such export. Use /export?format=… or /export/collections/<name>.<ext>.\n',
    ],
    [
      '/export',
      400,
      'Give format=, one of bibtex, biblatex, csl-json, ris, csv, json, markdown, citations.\n',
    ],
    [
      '/export?format=docx',
      400,
      'Unknown format "docx"; use one of bibtex, biblatex, csl-json, ris, csv, json, markdown, citations.\n',
    ],
    [
      '/export?format=bibtex&filter=%7Bnope',
      400,
      /^Filter: the filter must be a JSON object, e\.g\. \{/,
    ],
    [
      '/export?format=bibtex&filter=%7B%22year%22%3A1%7D',
      400,
      /^Filter: Unrecognized key: "year" \(fields: pillars,/,
    ],
    [
      '/export?format=bibtex&serch=grpo',
      400,
      /^Unknown parameter serch; known: format, style, groupBy, abstracts, bom, ids,/,
    ],
    [
      '/export?format=bibtex&ids=2505.05470,2501.00001,nokey',
      400,
      'No paper matches arXiv:2501.00001, nokey\n',
    ],
    [
      '/export?format=bibtex&ids=2505.05470&search=grpo',
      400,
      /^Give one of ids, search, filter or collection/,
    ],
    [
      '/export?format=bibtex&search=grpo&limit=0',
      400,
      'Limit must be a whole number of at least 1, got "0".\n',
    ],
    [
      '/export?format=bibtex&groupBy=year',
      400,
      'The groupBy option applies to the markdown format only.\n',
    ],
    [
      '/export?format=citations&style=mla',
      400,
      /^Unknown style "mla"; use one of apa, ieee, chicago-author-date/,
    ],
    [
      '/export/collections/x.docx',
      400,
      /^Name the file as <collection>\.<ext>, with ext one of \.csl\.json, \.bib,/,
    ],
    ['/export/collections/.bib', 400, /^Name the file as <collection>\.<ext>/],
    [
      '/export/collections/x.ris?format=bibtex',
      400,
      'format=bibtex does not write .ris files; use ris.\n',
    ],
    [
      '/export/collections/%E0%A4%A.bib',
      400,
      'The collection name is not valid percent-encoding.\n',
    ],
  ])('answers %s with %i and a short text body', async (path, status, body) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBeNull();
    const text = await response.text();
    if (typeof body === 'string') expect(text).toBe(body);
    else expect(text).toMatch(body);
  });

  it('refuses other methods with 405', async () => {
    const response = await get('/export?format=bibtex', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves /graphql to yoga', async () => {
    const response = await get(
      `/graphql?query=${encodeURIComponent('{ papers(first: 1) { totalCount } }')}`,
    );
    expect(await response.json()).toEqual({ data: { papers: { totalCount: 4 } } });
  });
});

describe('when the export fails unexpectedly', () => {
  it('answers 500 with no detail or stack trace, and logs the error', async () => {
    const logged: unknown[] = [];
    const db = graphWithCollection();
    const app = appOver(db, (error) => logged.push(error));
    db.close();
    const response = await app.fetch(new Request('http://app/export?format=bibtex'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toBe('Internal error; the server log has the details.\n');
    expect(String(logged[0])).toMatch(/database connection is not open/);
  });
});

describe('over node:http, as `surveygraph serve` runs it', () => {
  it('serves a download through createServer(yoga)', async () => {
    const { yoga } = appOver(graphWithCollection());
    const server = createServer(yoga);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const port = (server.address() as AddressInfo).port;
      const response = await fetch(
        `http://127.0.0.1:${port}/export/collections/Flow%20GRPO%20%C3%BC.bib`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="flow-grpo-u.bib"',
      );
      expect((await response.text()).match(/^@/gm)).toHaveLength(2);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
