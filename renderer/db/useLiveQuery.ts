import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveQueryResult<T> =
  | { status: 'pending' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * Runs a Dexie query and re-runs it whenever the tables it read change. `query` must be
 * stable (wrap it in useCallback) since a new function starts a new subscription.
 */
export function useLiveQuery<T>(query: () => Promise<T>): LiveQueryResult<T> {
  const [result, setResult] = useState<LiveQueryResult<T>>({ status: 'pending' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        setResult({ status: 'ready', value });
      },
      error: (error: unknown) => {
        setResult({ status: 'failed', error });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [query]);
  return result;
}
