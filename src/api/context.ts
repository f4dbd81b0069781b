import type { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';

/** What every resolver gets: the store handle and the search index. Built once per request. */
export interface ApiContext {
  db: Db;
  index: PaperIndex;
  /** True when the request carried the server's write token. */
  canWrite: boolean;
  /** False when the server has no write token at all, so every mutation is refused. */
  writesEnabled: boolean;
  /**
   * Aborts when the operation must stop (its time budget is spent, or its client went away); set
   * per operation by the server, checked before every resolver (see stop-when-aborted.ts).
   */
  signal?: AbortSignal;
}
