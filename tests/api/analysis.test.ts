import { describe, expect, it } from 'vitest';
import { linkPapersToOntology } from '../../ingest/pipeline/link-entities';
import { loadOntology } from '../../src/service/ontology-files';
import { createAnalysisGraph } from '../support/analysis-graph';
import { createTestApp, generateList } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

interface Header {
  key: string;
  label: string;
  total: number;
  parentKey: string | null;
}
interface MatrixResult {
  matrix: {
    rows: Header[];
    columns: Header[];
    cells: {
      rowKey: string;
      columnKey: string;
      count: number;
      paperIds: string[];
      papers: { title: string }[];
    }[];
    paperCount: number;
    papersWithoutRowValue: number;
    papersWithoutColumnValue: number;
  };
}

const MATRIX = `query($rows: Dimension!, $columns: Dimension!, $filter: PaperFilterInput, $top: Int, $minConfidence: Float) {
  matrix(rows: $rows, columns: $columns, filter: $filter, top: $top, minConfidence: $minConfidence) {
    rows { key label total parentKey } columns { key label total parentKey }
    cells { rowKey columnKey count paperIds papers { title } }
    paperCount papersWithoutRowValue papersWithoutColumnValue } }`;

describe('the matrix query', () => {
  const { db } = createAnalysisGraph();
  const api = createTestApp(db);
  const matrix = async (variables: Record<string, unknown>) => {
    const result = await api.query<MatrixResult>(MATRIX, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.matrix;
  };
  const cell = (m: MatrixResult['matrix'], row: string, column: string) =>
    m.cells.find((c) => c.rowKey === row && c.columnKey === column);

  it('counts pillar × algorithm family, rolling variants into their family', async () => {
    const m = await matrix({ rows: 'PILLAR', columns: 'ALGORITHM_FAMILY' });
    expect(m.rows.map((r) => r.key)).toEqual([
      'mllm',
      'visual-generation',
      'unified-models',
      'vla',
    ]);
    expect(cell(m, 'mllm', 'grpo')!.count).toBe(3); // two GRPO papers and Video-R1's T-GRPO
    expect(cell(m, 'visual-generation', 'grpo')!.papers.map((p) => p.title)).toEqual([
      'Flow-GRPO: Training Flow Matching Models via Online RL',
      'DanceGRPO: Unleashing GRPO on Visual Generation',
    ]);
    expect(cell(m, 'visual-generation', 'dpo')!.count).toBe(1);
    expect(m.columns.find((c) => c.key === 'flow-grpo')).toMatchObject({
      parentKey: 'grpo',
      total: 1,
    });
  });

  it('keeps specific algorithms apart without the roll-up', async () => {
    const m = await matrix({ rows: 'PILLAR', columns: 'ALGORITHM' });
    expect(cell(m, 'mllm', 'grpo')!.count).toBe(2);
    expect(cell(m, 'mllm', 't-grpo')!.count).toBe(1);
    expect(m.columns.map((c) => c.key)).not.toContain('ppo');
  });

  it('gives headers totals and counts the papers without a value', async () => {
    const m = await matrix({ rows: 'PILLAR', columns: 'BENCHMARK' });
    expect(m.paperCount).toBe(9);
    expect(m.rows.find((r) => r.key === 'vla')!.total).toBe(2);
    expect(m.papersWithoutRowValue).toBe(0);
    expect(m.papersWithoutColumnValue).toBe(4);
  });

  it('answers any two dimensions, e.g. year × venue and section × reward', async () => {
    const years = await matrix({ rows: 'YEAR', columns: 'VENUE' });
    expect(years.cells.map((c) => [c.rowKey, c.columnKey, c.count])).toEqual([
      ['2023', 'CVPR', 1], // dated by its arXiv id 2311.12908, not by the list's "CVPR 2024"
      ['2025', 'NeurIPS', 1],
    ]);
    const sections = await matrix({ rows: 'SECTION', columns: 'REWARD' });
    expect(sections.rows).toHaveLength(4);
    const generation = sections.rows.find((r) => r.label === 'Visual Generation with RL')!;
    const { data } = await api.query<{ node: { path: string[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Section { path } } }',
      { id: generation.key },
    );
    expect(data!.node.path).toEqual(['Visual Generation with RL']);
    expect(cell(sections, generation.key, 'pickscore')!.count).toBe(2);
  });

  it('applies the paper filter, the confidence floor and the top limit', async () => {
    const filtered = await matrix({
      rows: 'PILLAR',
      columns: 'ALGORITHM',
      filter: { yearFrom: 2025, venues: ['NeurIPS'] },
    });
    expect(filtered.paperCount).toBe(1);
    expect(filtered.cells.map((c) => [c.rowKey, c.columnKey])).toEqual([['vla', 'grpo']]);
    const sure = await matrix({ rows: 'PILLAR', columns: 'ALGORITHM', minConfidence: 0.8 });
    expect(cell(sure, 'mllm', 'grpo')!.count).toBe(1);
    const top = await matrix({ rows: 'PILLAR', columns: 'ALGORITHM', top: 1 });
    expect(top.columns.map((c) => c.key)).toEqual(['grpo']);
  });

  it('puts only papers in a cell that have both values', async () => {
    const m = await matrix({ rows: 'PILLAR', columns: 'ALGORITHM_FAMILY' });
    for (const c of m.cells) {
      const { data } = await api.query<{ papers: { edges: { node: { id: string } }[] } }>(
        'query($f: PaperFilterInput) { papers(filter: $f, first: 100) { edges { node { id } } } }',
        { f: { pillars: [c.rowKey], algorithms: [c.columnKey] } },
      );
      expect(data!.papers.edges.map((e) => e.node.id).sort()).toEqual([...c.paperIds].sort());
    }
  });

  it('rejects a negative top and a confidence outside 0–1', async () => {
    const top = await api.query(MATRIX, { rows: 'PILLAR', columns: 'YEAR', top: 0 });
    expect(top.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const confidence = await api.query(MATRIX, {
      rows: 'PILLAR',
      columns: 'YEAR',
      minConfidence: 2,
    });
    expect(confidence.errors![0]!.message).toMatch(/minConfidence/);
  });
});

describe('when a matrix and its cell papers are asked for', () => {
  it('costs the same small number of SQL statements for 9 papers as for 150', async () => {
    const count = async (db: Parameters<typeof createTestApp>[0], statements: string[]) => {
      const api = createTestApp(db);
      statements.length = 0;
      const result = await api.query<MatrixResult>(MATRIX, {
        rows: 'PILLAR',
        columns: 'ALGORITHM_FAMILY',
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.matrix.cells.length).toBeGreaterThan(0);
      return statements.length;
    };
    const small: string[] = [];
    const fixture = createAnalysisGraph({ onStatement: (sql) => small.push(sql) });
    const large: string[] = [];
    const generated = createTestGraph({ onStatement: (sql) => large.push(sql) });
    ingestMarkdown(generated.db, generateList(150), 'generated.md');
    linkPapersToOntology(generated.db, loadOntology(), []);
    const forNine = await count(fixture.db, small);
    const forMany = await count(generated.db, large);
    expect(forMany).toBe(forNine);
    // Four for the matrix and its papers, one for the content version its memo is kept for.
    expect(forMany).toBeLessThanOrEqual(5);
  });
});
