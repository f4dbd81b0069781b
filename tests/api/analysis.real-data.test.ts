/**
 * The analysis queries over the real shared data: the newest Visual-RL list and the paper
 * metadata, ingested (and so linked to the ontology) the way `surveygraph ingest` does it.
 * Skipped when ../shared is absent.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';
import { createTestApp } from '../support/app';
import { run, tempDir } from '../support/cli';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

interface Cell {
  rowKey: string;
  columnKey: string;
  count: number;
  paperIds: string[];
}
interface MatrixResult {
  matrix: {
    rows: { key: string; total: number }[];
    columns: { key: string }[];
    cells: Cell[];
    paperCount: number;
  };
}
const MATRIX = `query($columns: Dimension!) { matrix(rows: PILLAR, columns: $columns) {
  rows { key total } columns { key } cells { rowKey columnKey count paperIds } paperCount } }`;

describeWithSharedData('analysis of the real Visual-RL list', () => {
  let db: Db;
  let api: ReturnType<typeof createTestApp>;
  const statements: string[] = [];
  const ask = async <T>(document: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await api.query<T>(document, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    const dbPath = join(tempDir(), 'real.sqlite');
    const inputs = [sharedAwesomeListFiles().at(-1)!, sharedFile('paper-metadata.jsonl')];
    expect((await run(['ingest', '--db', dbPath, '--list', 'visual-rl', ...inputs])).code).toBe(0);
    db = openDatabase(dbPath, { onStatement: (sql) => statements.push(sql) });
    api = createTestApp(db);
  }, 60_000);
  afterAll(() => db?.close());

  it('counts pillar × algorithm family with the four pillars as rows and GRPO in visual generation', async () => {
    const { matrix } = await ask<MatrixResult>(MATRIX, { columns: 'ALGORITHM_FAMILY' });
    expect(matrix.rows.map((r) => r.key)).toEqual([
      'mllm',
      'visual-generation',
      'unified-models',
      'vla',
    ]);
    const grpo = (pillar: string) =>
      matrix.cells.find((c) => c.rowKey === pillar && c.columnKey === 'grpo');
    expect(grpo('visual-generation')!.count).toBeGreaterThan(0);
    expect(grpo('mllm')!.count).toBeGreaterThan(grpo('unified-models')!.count);
    expect(matrix.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['grpo', 'flow-grpo', 'dpo', 'ppo']),
    );
  });

  it('puts in each family cell exactly the papers the pillar and algorithm filters select', async () => {
    const { matrix } = await ask<MatrixResult>(MATRIX, { columns: 'ALGORITHM_FAMILY' });
    for (const cell of matrix.cells) {
      const { papers } = await ask<{
        papers: { totalCount: number; edges: { node: { id: string } }[] };
      }>(
        'query($f: PaperFilterInput) { papers(filter: $f, first: 100) { totalCount edges { node { id } } } }',
        { f: { pillars: [cell.rowKey], algorithms: [cell.columnKey] } },
      );
      expect({
        cell: `${cell.rowKey} × ${cell.columnKey}`,
        ids: papers.edges.map((e) => e.node.id).sort(),
      }).toEqual({
        cell: `${cell.rowKey} × ${cell.columnKey}`,
        ids: [...cell.paperIds].sort(),
      });
    }
  });

  it('puts in each algorithm cell only papers under that pillar linked to that algorithm', async () => {
    const { matrix } = await ask<MatrixResult>(MATRIX, { columns: 'ALGORITHM' });
    const ids = [...new Set(matrix.cells.flatMap((c) => c.paperIds))];
    const { nodes } = await ask<{
      nodes: {
        id: string;
        pillars: { slug: string }[];
        algorithms: { algorithm: { slug: string } }[];
      }[];
    }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Paper { pillars { slug } algorithms { algorithm { slug } } } } }',
      { ids },
    );
    const byId = new Map(nodes.map((paper) => [paper.id, paper]));
    for (const cell of matrix.cells) {
      for (const id of cell.paperIds) {
        const paper = byId.get(id)!;
        expect(paper.pillars.map((p) => p.slug)).toContain(cell.rowKey);
        expect(paper.algorithms.map((a) => a.algorithm.slug)).toContain(cell.columnKey);
      }
    }
  });

  it('answers the matrix with its cell papers in a small fixed number of SQL statements', async () => {
    statements.length = 0;
    const document = `{ matrix(rows: PILLAR, columns: ALGORITHM_FAMILY) { rows { key } cells { count papers { title year } } } }`;
    await ask(document);
    // Four for the matrix and its papers, one for the content version its memo is kept for.
    expect(statements.length).toBeLessThanOrEqual(5);
  });

  it('draws a monthly timeline whose points add up to the dated papers', async () => {
    const { timeline } = await ask<{
      timeline: {
        points: { period: string; count: number; groups: { count: number }[] }[];
        paperCount: number;
        undatedCount: number;
      };
    }>(
      '{ timeline(by: MONTH, groupBy: PILLAR) { points { period count groups { count } } paperCount undatedCount } }',
    );
    const total = timeline.points.reduce((sum, p) => sum + p.count, 0);
    expect(total).toBe(timeline.paperCount - timeline.undatedCount);
    expect(timeline.points.length).toBeGreaterThan(12);
    expect(timeline.points.find((p) => p.period === '2025-05')!.count).toBeGreaterThan(10);
  });

  it('pairs algorithms with benchmarks, GRPO with GenEval among the most frequent', async () => {
    const { coOccurrence } = await ask<{
      coOccurrence: { pairs: { entity: { key: string }; other: { key: string }; count: number }[] };
    }>(
      '{ coOccurrence(kind: ALGORITHM, with: BENCHMARK, first: 5) { pairs { entity { key } other { key } count } } }',
    );
    expect(coOccurrence.pairs.map((p) => `${p.entity.key}+${p.other.key}`)).toContain(
      'grpo+geneval',
    );
    const counts = coOccurrence.pairs.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('relates Flow-GRPO to the papers that build on it before papers that merely use GRPO', async () => {
    const { paper } = await ask<{ paper: { id: string } }>(
      '{ paper(arxivId: "2505.05470") { id } }',
    );
    const { related } = await ask<{
      related: { paper: { title: string }; sharedConcepts: { slug: string }[] }[];
    }>(
      'query($id: ID!) { related(paper: $id, first: 5) { paper { title } sharedConcepts { slug } } }',
      { id: paper.id },
    );
    expect(related[0]!.sharedConcepts.map((c) => c.slug)).toContain('flow-grpo');
    expect(related.filter((r) => /GRPO/.test(r.paper.title)).length).toBeGreaterThanOrEqual(3);
  });

  it('compares Flow-GRPO and DanceGRPO: both visual generation, different algorithms', async () => {
    const ids = await Promise.all(
      ['2505.05470', '2505.07818'].map(async (arxivId) => {
        const { paper } = await ask<{ paper: { id: string } }>(
          `{ paper(arxivId: "${arxivId}") { id } }`,
        );
        return paper.id;
      }),
    );
    const { compare } = await ask<{
      compare: {
        sharedProperties: string[];
        rows: { property: string; cells: { values: { key: string }[] }[] }[];
      };
    }>(
      'query($ids: [ID!]!) { compare(ids: $ids) { sharedProperties rows { property cells { values { key } } } } }',
      { ids },
    );
    expect(compare.sharedProperties).toContain('PILLARS');
    const algorithms = compare.rows.find((r) => r.property === 'ALGORITHMS')!;
    expect(algorithms.cells[0]!.values.map((v) => v.key)).toContain('flow-grpo');
    expect(algorithms.cells[1]!.values.map((v) => v.key)).toContain('dance-grpo');
  });
});
