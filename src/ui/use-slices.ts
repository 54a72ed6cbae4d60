// Shows a long list a few items at a time, yielding to the browser between slices (issue 9: Today with 21 decks
// rendered in one pass was one 241 ms task on a cold start).
import { useEffect, useState } from 'preact/hooks';

/**
 * How many of the first `ready` items to render: up to `step` at once, then `step` more after each paint while
 * more are ready (`ready` may grow as data arrives).
 */
export function useSlices(ready: number, step: number): number {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= ready) return;
    // A macrotask after the commit: the browser paints and handles input before the next slice renders.
    const timer = setTimeout(() => setShown((n) => n + step), 0);
    return () => clearTimeout(timer);
  }, [shown, ready, step]);
  return Math.min(shown, ready);
}
