import type { DimensionAxis, MatrixHeader } from './analysis';
import { countWithout, intersect, tabulateAxis } from './analysis';

export type TimelinePeriod = 'year' | 'month';

export interface TimelineGroupCount {
  key: string;
  paperIds: number[];
}

export interface TimelinePoint {
  /** `2025` or `2025-03`. */
  period: string;
  year: number;
  month: number | null;
  paperIds: number[];
  /** Papers of this period per value of the split dimension; empty ones left out. */
  groups: TimelineGroupCount[];
}

export interface Timeline {
  /** Every period from the first to the last that has papers, gaps included with no papers. */
  points: TimelinePoint[];
  /** The split dimension's values over all periods (empty without a split). */
  groups: MatrixHeader[];
  paperCount: number;
  /** Papers without a year, or without a month when counting by month. */
  undatedCount: number;
}

/** `2025` → 2025/null, `2025-03` → 2025/3. */
export function parsePeriod(period: string): { year: number; month: number | null } {
  const [year, month] = period.split('-');
  return { year: Number(year), month: month === undefined ? null : Number(month) };
}

export function formatPeriod(year: number, month: number | null): string {
  return month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/** Every period from `first` to `last` inclusive, as keys. */
export function listPeriods(first: string, last: string, by: TimelinePeriod): string[] {
  const start = parsePeriod(first);
  const end = parsePeriod(last);
  const periods: string[] = [];
  if (by === 'year') {
    for (let year = start.year; year <= end.year; year++) periods.push(formatPeriod(year, null));
    return periods;
  }
  const endIndex = end.year * 12 + (end.month ?? 12) - 1;
  for (let index = start.year * 12 + (start.month ?? 1) - 1; index <= endIndex; index++) {
    periods.push(formatPeriod(Math.floor(index / 12), (index % 12) + 1));
  }
  return periods;
}

/**
 * Papers per period (the `year` or `year-month` axis), continuous from the first period to the
 * last, each optionally split by the values of another dimension.
 */
export function buildTimeline(
  paperIds: readonly number[],
  periodAxis: DimensionAxis,
  by: TimelinePeriod,
  split?: DimensionAxis,
  options: { top?: number | undefined } = {},
): Timeline {
  const ids = new Set(paperIds);
  const dated = tabulateAxis(periodAxis, ids).filter((h) => h.paperIds.length > 0);
  const byPeriod = new Map(dated.map((h) => [h.key, h.paperIds]));
  const keys = dated.map((h) => h.key).sort();
  const groups = split ? tabulateAxis(split, ids, options.top) : [];
  const periods = keys.length ? listPeriods(keys[0]!, keys.at(-1)!, by) : [];
  const points = periods.map((period): TimelinePoint => {
    const periodIds = byPeriod.get(period) ?? [];
    return {
      period,
      ...parsePeriod(period),
      paperIds: periodIds,
      groups: groups
        .map((group) => ({ key: group.key, paperIds: intersect(periodIds, group.paperIds) }))
        .filter((group) => group.paperIds.length > 0),
    };
  });
  return { points, groups, paperCount: ids.size, undatedCount: countWithout(periodAxis, ids) };
}
