import { describe, expect, it } from 'vitest';
import type { DimensionAxis } from '../../../src/model/analysis/analysis';
import { buildTimeline, listPeriods } from '../../../src/model/analysis/analysis-timeline';

const months: DimensionAxis = {
  dimension: 'year-month',
  values: ['2024-11', '2025-02'].map((key) => ({ key, label: key, parentKey: null })),
  members: [
    { paperId: 1, key: '2024-11' },
    { paperId: 2, key: '2025-02' },
    { paperId: 3, key: '2025-02' },
  ],
};
const pillars: DimensionAxis = {
  dimension: 'pillar',
  values: ['mllm', 'vla'].map((key) => ({ key, label: key, parentKey: null })),
  members: [
    { paperId: 1, key: 'mllm' },
    { paperId: 2, key: 'mllm' },
    { paperId: 3, key: 'vla' },
  ],
};

describe('listPeriods', () => {
  it('lists every month across a year boundary', () => {
    expect(listPeriods('2024-11', '2025-02', 'month')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });

  it('lists every year', () => {
    expect(listPeriods('2023', '2025', 'year')).toEqual(['2023', '2024', '2025']);
  });
});

describe('buildTimeline', () => {
  it('fills the months without papers and splits each month by the other dimension', () => {
    const timeline = buildTimeline([1, 2, 3, 4], months, 'month', pillars);
    expect(timeline.points.map((p) => [p.period, p.paperIds.length])).toEqual([
      ['2024-11', 1],
      ['2024-12', 0],
      ['2025-01', 0],
      ['2025-02', 2],
    ]);
    expect(timeline.points[3]!.groups).toEqual([
      { key: 'mllm', paperIds: [2] },
      { key: 'vla', paperIds: [3] },
    ]);
    expect(timeline.points[0]).toMatchObject({ year: 2024, month: 11 });
  });

  it('counts the papers it cannot place in time', () => {
    const timeline = buildTimeline([1, 2, 3, 4], months, 'month');
    expect(timeline.undatedCount).toBe(1);
    expect(timeline.groups).toEqual([]);
  });

  it('is empty when no paper is dated', () => {
    expect(buildTimeline([4], months, 'month').points).toEqual([]);
  });
});
