import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestCitations } from '../../ingest/pipeline/ingest-citations';
import type { CitationsSummary } from '../../ingest/pipeline/ingest-citations';
import { PaperIndex } from '../../src/search/paper-index';
import { createApp } from '../../src/server/app';
import { createTestApp } from '../support/app';
import {
  SURVEY_DOI,
  externalDoi,
  generateCitationCorpus,
  generatedArxivId,
} from '../support/citation-corpus';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const corpus = generateCitationCorpus();
const id = generatedArxivId;

interface NodeOut {
  key: string;
  paper: { arxivId: string | null } | null;
  work: { doi: string | null } | null;
}
const NODE = 'key paper { arxivId } work { doi }';
const label = (n: NodeOut) => n.paper?.arxivId ?? n.work?.doi ?? n.key;

describe('when a generated corpus with known citations is imported', () => {
  const { db } = createTestGraph();
  let first: CitationsSummary;
  let again: CitationsSummary;
  let app: ReturnType<typeof createTestApp>;

  beforeAll(() => {
    ingestMarkdown(db, corpus.list, 'generated.md', 'generated');
    first = ingestCitations(db, corpus.records, {
      format: 's2-dataset',
      sources: ['generated.jsonl'],
    });
    again = ingestCitations(db, corpus.records, {
      format: 's2-dataset',
      sources: ['generated.jsonl'],
    });
    app = createTestApp(db);
  });

  it('resolves cited works by arXiv id, arXiv DOI and title, and keeps the others external', () => {
    expect(first.records).toBe(19);
    expect(first.cited).toEqual({ arxiv: 11, doi: 0, title: 1, external: 7 });
    expect(first.edges).toEqual({ added: 19, existing: 0 });
    expect(first.citingExternal).toBe(2);
  });

  it('adds nothing when the same source is imported again', () => {
    expect(again.edges).toEqual({ added: 0, existing: 19 });
    expect(again.sourcesAdded).toBe(0);
    expect(again.worksCreated).toBe(0);
  });

  it('answers references and cited-by with scope and counts', async () => {
    const result = await app.query<{
      p0: {
        references: { totalCount: number; edges: { node: { node: NodeOut } }[] };
        referenceCount: Record<string, number>;
      };
      p3: {
        citedBy: { edges: { node: { node: NodeOut } }[] };
        citedByCount: Record<string, number>;
      };
      p6: { references: { totalCount: number }; referenceCount: Record<string, number> };
    }>(`{
      p0: paper(arxivId: "${id(0)}") { references { totalCount edges { node { node { ${NODE} } } } } referenceCount { total corpus listed } }
      p3: paper(arxivId: "${id(3)}") { citedBy { edges { node { node { ${NODE} } } } } citedByCount { total corpus listed } }
      p6: paper(arxivId: "${id(6)}") { references(scope: LISTED) { totalCount } referenceCount { total corpus listed } }
    }`);
    expect(result.errors).toBeUndefined();
    const { p0, p3, p6 } = result.data!;
    expect(p0.references.edges.map((e) => label(e.node.node)).sort()).toEqual(
      [id(1), id(5)].sort(),
    );
    expect(p3.citedBy.edges.map((e) => label(e.node.node)).sort()).toEqual([id(2), id(5)].sort());
    expect(p3.citedByCount).toEqual({ total: 2, corpus: 2, listed: 2 });
    expect(p6.references.totalCount).toBe(1);
    expect(p6.referenceCount).toEqual({ total: 2, corpus: 1, listed: 1 });
  });

  it('ranks coverage gaps by listed citers, with the survey adding what it cites', async () => {
    const result = await app.query<{
      plain: {
        gaps: { citingListedCount: number; citedBySurvey: boolean; node: NodeOut }[];
        uncitedListed: { arxivId: string }[];
      };
      withSurvey: { gaps: { citingListedCount: number; citedBySurvey: boolean; node: NodeOut }[] };
    }>(`{
      plain: citationCoverage(list: "generated", minCiters: 2) { gaps { citingListedCount citedBySurvey node { ${NODE} } } uncitedListed(first: 50) { arxivId } }
      withSurvey: citationCoverage(list: "generated", minCiters: 2, survey: "${SURVEY_DOI}") { gaps { citingListedCount citedBySurvey node { ${NODE} } } }
    }`);
    expect(result.errors).toBeUndefined();
    const { plain, withSurvey } = result.data!;
    expect(plain.gaps.map((g) => [label(g.node), g.citingListedCount])).toEqual([
      [externalDoi('x1'), 3],
      [externalDoi('x2'), 2],
    ]);
    expect(
      withSurvey.gaps.map((g) => [label(g.node), g.citingListedCount, g.citedBySurvey]),
    ).toEqual([
      [externalDoi('x1'), 3, false],
      [externalDoi('x2'), 2, false],
      [externalDoi('x3'), 1, true],
    ]);
    expect(plain.uncitedListed.map((p) => p.arxivId).sort()).toEqual(
      [0, 6, 7, 8, 9, 10, 11].map(id).sort(),
    );
  });

  it('compares the survey with the list in both directions', async () => {
    const result = await app.query<{ surveyVsList: Record<string, number> }>(`{
      surveyVsList(list: "generated", survey: "${SURVEY_DOI}") { citedCount listedCount citedAndListedCount citedNotListedCount listedNotCitedCount }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.surveyVsList).toEqual({
      citedCount: 2,
      listedCount: 12,
      citedAndListedCount: 1,
      citedNotListedCount: 1,
      listedNotCitedCount: 11,
    });
  });

  it('finds co-cited and coupled works with their shared counts', async () => {
    const result = await app.query<{
      p4: { coCited: { shared: number; score: number; node: NodeOut }[] };
      p6: { coupled: { shared: number; node: NodeOut }[] };
    }>(`{
      p4: paper(arxivId: "${id(4)}") { coCited(scope: ALL) { shared score node { ${NODE} } } }
      p6: paper(arxivId: "${id(6)}") { coupled { shared node { ${NODE} } } }
    }`);
    expect(result.errors).toBeUndefined();
    const { p4, p6 } = result.data!;
    expect(p4.coCited.map((s) => [label(s.node), s.shared])).toEqual([
      [externalDoi('x1'), 3],
      [externalDoi('x2'), 2],
      [externalDoi('x3'), 1],
    ]);
    expect(p4.coCited[0]!.score).toBeCloseTo(3 / Math.sqrt(6 * 3), 10);
    const coupled = p6.coupled.map((s) => [label(s.node), s.shared]);
    expect(coupled.slice(0, 2).sort()).toEqual(
      [
        [id(7), 2],
        [id(8), 2],
      ].sort(),
    );
    expect(coupled.slice(2).map(([, shared]) => shared)).toEqual([1, 1, 1]);
  });

  it('ranks the hub first by PageRank and finds the shortest citation path', async () => {
    const result = await app.query<{
      citationCentrality: { score: number; citedByCorpus: number; paper: { arxivId: string } }[];
      citationPath: NodeOut[] | null;
      none: NodeOut[] | null;
      undirected: NodeOut[] | null;
    }>(`{
      citationCentrality(list: "generated", first: 12) { score citedByCorpus paper { arxivId } }
      citationPath(from: "${id(0)}", to: "${id(3)}") { ${NODE} }
      none: citationPath(from: "${id(3)}", to: "${id(0)}") { ${NODE} }
      undirected: citationPath(from: "${id(6)}", to: "${id(9)}", undirected: true) { ${NODE} }
    }`);
    expect(result.errors).toBeUndefined();
    const { citationCentrality, citationPath, none, undirected } = result.data!;
    expect(citationCentrality[0]!.paper.arxivId).toBe(id(4));
    expect(citationCentrality[0]!.citedByCorpus).toBe(6);
    expect(citationCentrality.reduce((sum, c) => sum + c.score, 0)).toBeCloseTo(1, 6);
    expect(citationPath?.map(label)).toEqual([id(0), id(5), id(3)]);
    expect(none).toBeNull();
    expect(undirected?.map(label)).toEqual([id(6), id(4), id(9)]);
  });

  it('counts the citation flow between pillars as a matrix dimension', async () => {
    const result = await app.query<{
      matrix: { cells: { rowKey: string; columnKey: string; count: number }[] };
    }>('{ matrix(rows: PILLAR, columns: CITED_PILLAR) { cells { rowKey columnKey count } } }');
    expect(result.errors).toBeUndefined();
    const flow = Object.fromEntries(
      result
        .data!.matrix.cells.filter((c) => c.count > 0)
        .map((c) => [`${c.rowKey} → ${c.columnKey}`, c.count]),
    );
    // generateList places entry i under pillar i % 4: mllm, visual-generation, unified-models, vla.
    expect(flow).toEqual({
      'mllm → visual-generation': 1, // P0
      'mllm → mllm': 1, // P8 → P4
      'visual-generation → unified-models': 1, // P1
      'visual-generation → vla': 1, // P5
      'visual-generation → mllm': 1, // P9
      'unified-models → vla': 1, // P2
      'unified-models → mllm': 2, // P6, P10
      'vla → mllm': 2, // P7, P11
    });
  });

  it('says in related papers how they are linked by citations', async () => {
    const idOf = await app.query<{ paper: { id: string } }>(
      `{ paper(arxivId: "${id(6)}") { id } }`,
    );
    const result = await app.query<{
      related: { citationReason: string | null; paper: { arxivId: string } }[];
    }>(
      `{ related(paper: "${idOf.data!.paper.id}", first: 11) { citationReason paper { arxivId } } }`,
    );
    expect(result.errors).toBeUndefined();
    const reasons = Object.fromEntries(
      result.data!.related.map((r) => [r.paper.arxivId, r.citationReason]),
    );
    expect(reasons[id(10)]).toBe('1 shared reference'); // both cite P4
    expect(reasons[id(2)]).toBeNull();
  });

  it('exports the citation graph of a selection as GraphML, GEXF and a CSV edge list', async () => {
    const result = await app.query<{
      graphml: { text: string; nodeCount: number; edgeCount: number };
      gexf: { text: string };
      csv: { text: string };
      external: { nodeCount: number; edgeCount: number };
    }>(`{
      graphml: citationGraphExport(format: GRAPHML) { text nodeCount edgeCount }
      gexf: citationGraphExport(format: GEXF) { text }
      csv: citationGraphExport(format: CSV, selection: { arxivIds: ["${id(6)}", "${id(4)}"] }) { text }
      external: citationGraphExport(format: CSV, includeExternal: true) { nodeCount edgeCount }
    }`);
    expect(result.errors).toBeUndefined();
    const { graphml, gexf, csv, external } = result.data!;
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['node', 'edge', 'data'].includes(name),
    });
    const parsedGraphml = xml.parse(graphml.text) as {
      graphml: { graph: { node: unknown[]; edge: unknown[] } };
    };
    expect(parsedGraphml.graphml.graph.node).toHaveLength(12);
    expect(parsedGraphml.graphml.graph.edge).toHaveLength(11); // 5 in the chain, 6 to the hub
    expect([graphml.nodeCount, graphml.edgeCount]).toEqual([12, 11]);
    const parsedGexf = xml.parse(gexf.text) as { gexf: { graph: { edges: { edge: unknown[] } } } };
    expect(parsedGexf.gexf.graph.edges.edge).toHaveLength(11);
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ target_kind: 'paper', target_listed: 'true' });
    // 12 papers + X1, X2, X3; 11 edges among papers + 3 + 2 + 1 to external works.
    expect([external.nodeCount, external.edgeCount]).toEqual([15, 17]);
  });

  it('answers for an external work by its DOI, and for nothing it does not know', async () => {
    const result = await app.query<{
      x1: { title: string; paper: null; citedByCount: number; citedBy: NodeOut[] };
      unknown: null;
    }>(`{
      x1: citedWork(ref: "${externalDoi('x1')}") { title paper { title } citedByCount citedBy { ${NODE} } }
      unknown: citedWork(ref: "10.1000/nobody") { title }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.x1).toMatchObject({ title: 'External x1', paper: null, citedByCount: 3 });
    expect(result.data!.x1.citedBy.map(label).sort()).toEqual([id(6), id(7), id(8)].sort());
    expect(result.data!.unknown).toBeNull();
  });

  it('serves the citation graph as an HTTP download, and says what is wrong with a bad request', async () => {
    const web = createApp({ db, index: PaperIndex.open(db) });
    const get = (path: string) => web.fetch(new Request(`http://app${path}`));
    const gexf = await get(`/export/citations.gexf?ids=${id(6)},${id(4)}&external=true`);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-type')).toBe('application/gexf+xml');
    const text = await gexf.text();
    expect(text.match(/<node /g)).toHaveLength(3); // P6, P4 and X1
    expect(text.match(/<edge /g)).toHaveLength(2);
    expect((await get('/export/citations.dot')).status).toBe(404);
    const bad = await get('/export/citations.csv?external=maybe');
    expect([bad.status, await bad.text()]).toEqual([400, 'external must be true or false.\n']);
  });

  it('keeps earlier edges and adds new ones when a newer source arrives', () => {
    const newer = ingestCitations(
      db,
      [
        {
          format: 'openalex',
          source: { file: 'newer.json', line: 1 },
          citing: { arxivId: id(3) },
          cited: { arxivId: id(4) },
        },
      ],
      { format: 'openalex', sources: ['newer.json'] },
    );
    expect(newer.edges.added).toBe(1);
    expect(db.prepare('SELECT count(*) FROM citations').pluck().get()).toBe(20);
  });
});
