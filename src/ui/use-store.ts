// The hook that lets a component watch a store (src/lib/store.ts).
import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../lib/store';

/** The store's current value; re-renders the component when it changes. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    setValue(() => store.get());
    return store.subscribe((next) => setValue(() => next));
  }, [store]);
  return value;
}
