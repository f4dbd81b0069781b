import type { Finding } from '../types';
import type { Db } from '../../src/store/database';
import { bumpContentVersion } from '../../src/store/meta.store';
import { addFindings, finishRun } from '../../src/store/run.store';

/**
 * Ends an ingest run: keeps its warnings and skipped entries for later review, stamps it
 * finished with its counts, and moves the content version (which invalidates the saved search
 * index) only when the run changed something.
 */
export function closeIngestRun(
  db: Db,
  runId: number,
  run: {
    finishedAt: Date;
    warnings: Finding[];
    skipped: Finding[];
    counts: object;
    changed: boolean;
  },
): void {
  addFindings(db, runId, 'warning', run.warnings);
  addFindings(db, runId, 'skipped', run.skipped);
  finishRun(db, runId, run.finishedAt.toISOString(), run.counts);
  if (run.changed) bumpContentVersion(db);
}
