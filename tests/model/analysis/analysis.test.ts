import { describe, expect, it } from 'vitest';
import type { Dimension, DimensionAxis } from '../../../src/model/analysis/analysis';
import { crossTabulate, listCoOccurrences } from '../../../src/model/analysis/analysis';

/** An axis from `{ key: paperIds }`, values in the given order. */
function axis(
  dimension: Dimension,
  groups: Record<string, number[]>,
  declared: string[] = [],
): DimensionAxis {
  const keys = [...new Set([...declared, ...Object.keys(groups)])];
  return {
    dimension,
    values: keys.map((key) => ({ key, label: key.toUpperCase(), parentKey: null })),
    members: Object.entries(groups).flatMap(([key, ids]) =>
      ids.map((paperId) => ({ paperId, key })),
    ),
  };
}

describe('crossTabulate', () => {
  const pillars = axis('pillar', { mllm: [1, 2, 3], gen: [4, 5] }, ['mllm', 'gen', 'vla']);
  const algorithms = axis('algorithm', { grpo: [1, 2, 4], dpo: [5], ppo: [2] });

  it('counts the papers of every pair of values and leaves empty cells out', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], pillars, algorithms);
    expect(matrix.cells.map((c) => [c.rowKey, c.columnKey, c.paperIds])).toEqual([
      ['mllm', 'grpo', [1, 2]],
      ['mllm', 'ppo', [2]],
      ['gen', 'grpo', [4]],
      ['gen', 'dpo', [5]],
    ]);
  });

  it('keeps every declared value as a header, even with no papers', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], pillars, algorithms);
    expect(matrix.rows.map((r) => [r.key, r.paperIds.length])).toEqual([
      ['mllm', 3],
      ['gen', 2],
      ['vla', 0],
    ]);
  });

  it('keeps natural dimensions in their order and lists the others most common first', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], pillars, algorithms);
    expect(matrix.columns.map((c) => c.key)).toEqual(['grpo', 'dpo', 'ppo']);
  });

  it('counts only the given papers, and how many of them have no value on each axis', () => {
    const matrix = crossTabulate([1, 3, 5, 6], pillars, algorithms);
    expect(matrix.paperCount).toBe(4);
    expect(matrix.rows[0]!.paperIds).toEqual([1, 3]);
    expect(matrix.papersWithoutRowValue).toBe(1);
    expect(matrix.papersWithoutColumnValue).toBe(2);
  });

  it('cuts each axis to the top values by papers when asked', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], pillars, algorithms, { top: 1 });
    expect(matrix.rows.map((r) => r.key)).toEqual(['mllm']);
    expect(matrix.columns.map((c) => c.key)).toEqual(['grpo']);
    expect(matrix.cells).toHaveLength(1);
  });
});

describe('listCoOccurrences', () => {
  const algorithms = axis('algorithm', { grpo: [1, 2, 3, 4], dpo: [4, 5] });
  const benchmarks = axis('benchmark', { geneval: [1, 4], mathvista: [2, 3] });

  it('lists pairs most papers first, with their lift over chance', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], algorithms, benchmarks);
    const pairs = listCoOccurrences(matrix, { sameDimension: false, minCount: 1, first: 10 });
    expect(pairs.map((p) => [p.row.key, p.column.key, p.paperIds.length])).toEqual([
      ['grpo', 'geneval', 2],
      ['grpo', 'mathvista', 2],
      ['dpo', 'geneval', 1],
    ]);
    expect(pairs[2]!.lift).toBeCloseTo((1 * 5) / (2 * 2));
  });

  it('lists each pair of one dimension once, never a value with itself', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], algorithms, algorithms);
    const pairs = listCoOccurrences(matrix, { sameDimension: true, minCount: 1, first: 10 });
    expect(pairs.map((p) => [p.row.key, p.column.key])).toEqual([['grpo', 'dpo']]);
  });

  it('drops rare pairs and keeps the first N', () => {
    const matrix = crossTabulate([1, 2, 3, 4, 5], algorithms, benchmarks);
    expect(
      listCoOccurrences(matrix, { sameDimension: false, minCount: 2, first: 10 }),
    ).toHaveLength(2);
    expect(listCoOccurrences(matrix, { sameDimension: false, minCount: 1, first: 1 })).toHaveLength(
      1,
    );
  });
});
