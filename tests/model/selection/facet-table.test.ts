import { describe, expect, it } from 'vitest';
import { FacetTable } from '../../../src/model/selection/facet-table';

const values = [
  { value: 'grpo', label: 'GRPO', order: 1 },
  { value: 'dpo', label: 'DPO', order: 0 },
  { value: 'ppo', label: 'PPO', order: 2 },
];

describe('FacetTable', () => {
  const table = new FacetTable({
    values,
    // Papers 3 and 9 use GRPO and DPO, paper 5 only PPO; pairs in no particular order.
    pairs: [
      [9, 1],
      [3, 0],
      [5, 2],
      [3, 1],
      [9, 0],
    ],
  });

  it('counts each paper once per value, most common first, ties in the values order', () => {
    expect(table.count([3, 9, 5, 3])).toEqual([
      { value: 'dpo', label: 'DPO', count: 2 },
      { value: 'grpo', label: 'GRPO', count: 2 },
      { value: 'ppo', label: 'PPO', count: 1 },
    ]);
  });

  it('leaves out values no given paper has, and ignores papers it does not know', () => {
    expect(table.count([5, 42, -1, 0])).toEqual([{ value: 'ppo', label: 'PPO', count: 1 }]);
    expect(table.count([])).toEqual([]);
  });

  it('sorts by the values order alone when asked (years, newest first)', () => {
    const years = new FacetTable({
      values: [
        { value: '2024', label: '2024', order: -2024 },
        { value: '2025', label: '2025', order: -2025 },
      ],
      pairs: [
        [1, 0],
        [2, 0],
        [3, 1],
      ],
      byOrderOnly: true,
    });
    expect(years.count([1, 2, 3]).map((year) => [year.value, year.count])).toEqual([
      ['2025', 1],
      ['2024', 2],
    ]);
  });
});
