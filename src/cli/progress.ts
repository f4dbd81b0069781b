import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** A progress bar on an interactive stderr; silent in pipes and CI logs. */
export function createProgress(io: CliIo, label: string): Progress {
  if (!io.interactive) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} papers`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
