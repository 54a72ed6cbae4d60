// A tiny observable value: the one idiom for app-wide state (update waiting, storage errors, the deck).
// Why not @preact/signals: on the first-load path it costs about 2.6 KB gzip of a 50 KB budget.

/** A value that components can watch. */
export interface Store<T> {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: (value: T) => void) => () => void;
}

/** Creates a store holding `initial`. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      listeners.forEach((listener) => listener(next));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
