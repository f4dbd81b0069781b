import type { Db } from '../store/database';
import { getContentVersion } from '../store/meta.store';

interface MemoState {
  version: number;
  entries: Map<string, unknown>;
}

/**
 * Results of whole-corpus analyses (`matrix`, `related`, the citation graph), kept until the
 * content changes: every ingest bumps the content version, and a new version starts an empty
 * memo. A figure the web explorer shows on every visit is computed once per content version
 * instead of per request. Bounded: the oldest entry goes when `maxEntries` are kept.
 */
export function createContentMemo(maxEntries = 256) {
  const states = new WeakMap<Db, MemoState>();
  return function memo<T>(db: Db, key: string, compute: () => T): T {
    const version = getContentVersion(db);
    let state = states.get(db);
    if (!state || state.version !== version) {
      state = { version, entries: new Map() };
      states.set(db, state);
    }
    if (state.entries.has(key)) return state.entries.get(key) as T;
    const value = compute();
    if (state.entries.size >= maxEntries) state.entries.delete(state.entries.keys().next().value!);
    state.entries.set(key, value);
    return value;
  };
}
