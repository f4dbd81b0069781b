import { useEffect, useState } from 'preact/hooks';
import { gql } from './graphql';
import { readToken } from './token';

/** The write token of this tab, kept current when it is entered or forgotten. */
export function useToken(): string | null {
  const [token, setToken] = useState(readToken);
  useEffect(() => {
    const update = () => setToken(readToken());
    window.addEventListener('surveygraph:token', update);
    return () => window.removeEventListener('surveygraph:token', update);
  }, []);
  return token;
}

export interface CollectionName {
  id: string;
  name: string;
}

let cached: Promise<CollectionName[]> | null = null;

/** Invalidates the collection names after a create or delete. */
export function forgetCollectionNames(): void {
  cached = null;
  window.dispatchEvent(new Event('surveygraph:collections'));
}

/** Collection names for the "add to collection" menus, loaded once per change. */
export function useCollectionNames(enabled: boolean): CollectionName[] {
  const [names, setNames] = useState<CollectionName[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const update = () => setRound((r) => r + 1);
    window.addEventListener('surveygraph:collections', update);
    return () => window.removeEventListener('surveygraph:collections', update);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    cached ??= gql<{ collections: CollectionName[] }>('{ collections { id name } }').then(
      (d) => d.collections,
      () => [],
    );
    let current = true;
    void cached.then((list) => current && setNames(list));
    return () => {
      current = false;
    };
  }, [enabled, round]);
  return names;
}
