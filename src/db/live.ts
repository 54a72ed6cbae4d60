// Live queries: run a read again whenever the tables it read change (Dexie's liveQuery).
import { liveQuery } from 'dexie';

/** Runs `query` now and after every change to what it read; returns a function that stops watching. */
export function watchQuery<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
