// The current time for screens that depend on the date: refreshed when the app comes back to the
// foreground and at local midnight, so an installed app left open overnight shows today's cards.
import { useEffect, useState } from 'preact/hooks';

/** Milliseconds from `now` until the next local midnight (plus a second, to land past it). */
export function untilMidnight(now: number): number {
  const next = new Date(now);
  next.setHours(24, 0, 1, 0);
  return next.getTime() - now;
}

/** Date.now(), updated on visibility and at each local midnight. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const refresh = (): void => setNow(Date.now());
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = setTimeout(refresh, untilMidnight(now));
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [now]);
  return now;
}
