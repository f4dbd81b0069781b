import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a whole process cost: wall time, CPU (user + system) and peak resident memory. */
export interface ProcessCost {
  wallMs: number;
  cpuMs: number | null;
  peakRssMb: number | null;
  stdout: string;
  stderr: string;
  code: number | null;
}

const TIME = '/usr/bin/time';
/** GNU time reports a child's CPU and peak RSS; without it, only wall time is measured. */
export const canMeasureCpu = existsSync(TIME);

/** Runs `node args…` to completion (or until `until(stderr)` says it is ready, then stops it). */
export function runNode(
  args: string[],
  options: { until?: (stderr: string) => Promise<void> | undefined; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessCost> {
  const dir = mkdtempSync(join(tmpdir(), 'surveygraph-time-'));
  const report = join(dir, 'time.txt');
  const command = canMeasureCpu ? TIME : process.execPath;
  const argv = canMeasureCpu
    ? ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args]
    : args;
  const started = performance.now();
  const child = spawn(command, argv, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let readyAt: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    // Asked once ready is known: later output (the server's shutdown line) must not ask again.
    if (readyAt !== undefined) return;
    const ready = options.until?.(stderr);
    if (ready) {
      readyAt = -1;
      void ready.then(() => {
        readyAt = performance.now();
        stopNode(child.pid);
      });
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ended = readyAt !== undefined && readyAt > 0 ? readyAt : performance.now();
      const [, user, system, rssKb] = readTime(report);
      rmSync(dir, { recursive: true, force: true });
      resolve({
        wallMs: ended - started,
        cpuMs: user === undefined ? null : (user + system!) * 1000,
        peakRssMb: rssKb === undefined ? null : rssKb / 1024,
        stdout,
        stderr,
        code,
      });
    });
  });
}

function readTime(path: string): (number | undefined)[] {
  if (!existsSync(path)) return [];
  const last = readFileSync(path, 'utf8').trim().split('\n').at(-1) ?? '';
  const numbers = last.split(' ').map(Number);
  return numbers.length === 4 && numbers.every(Number.isFinite) ? numbers : [];
}

/** Stops node itself (under GNU time it is the child's child), so time still writes its report. */
function stopNode(pid: number | undefined): void {
  if (pid === undefined) return;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
  } catch {
    // No /proc: stop the direct child.
  }
  for (const target of children.filter((n) => n > 0).length ? children : [pid]) {
    try {
      process.kill(target, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
