import type { CliIo } from '../src/cli/io';

/** CLI output swallowed, so a bench times the work and not the terminal. */
export const quietIo: CliIo = {
  out: () => {},
  err: () => {},
  interactive: false,
  env: {},
  cwd: process.cwd(),
};

/** Runs `fn` `runs` times (after `warmup` runs) and returns the durations in ms. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(times: readonly number[]): string {
  return `median ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms (n=${times.length})`;
}
