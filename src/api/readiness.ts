import type { Db } from '../store/database';
import { databaseAnswers } from '../store/meta.store';

/** Whether the graph can answer queries now (the readiness probe asks this). */
export function isGraphReady(db: Db): boolean {
  return databaseAnswers(db);
}
