// A live query hook, so screens re-render when IndexedDB changes.
// Why hand-written: dexie-react-hooks pulls preact/compat and React into the bundle (+3.5 KB gzip).
import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../db/live';
import { reportStorageError } from './storage-error';

/** Runs `query` now and again whenever the tables it read change; undefined until the first answer. */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => watchQuery(query, (next) => setValue(() => next), reportStorageError), deps);
  return value;
}
