import { useEffect, useState } from 'preact/hooks';
import { gql } from './graphql';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; data: T };

/** Runs a query whenever `key` changes; stale answers (an older key) are dropped. */
export function useQuery<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    setResult({ state: 'loading' });
  }, [key]);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ state: 'done', data }),
      (error: unknown) =>
        current && setResult({ state: 'error', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);
  return [result, () => setRound((r) => r + 1)];
}

/** A query document with variables, as useQuery's loader. */
export function useGql<T>(
  query: string,
  variables: Record<string, unknown>,
): [Loaded<T>, () => void] {
  return useQuery(() => gql<T>(query, variables), JSON.stringify([query, variables]));
}
