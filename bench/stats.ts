import { percentile } from './measure';

/** Median and p99 of repeated measurements, and the ratio of two medians. */
export interface Spread {
  median: number;
  p99: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    median: round(percentile(values, 50)),
    p99: round(percentile(values, 99)),
    n: values.length,
  };
}

export function ratio(ours: Spread | number, floor: Spread | number): number {
  const value = (x: Spread | number) => (typeof x === 'number' ? x : x.median);
  return round(value(ours) / value(floor));
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function show(s: Spread | null | undefined, unit = 'ms'): string {
  return s ? `${s.median} ${unit} (p99 ${s.p99})` : 'n/a';
}
