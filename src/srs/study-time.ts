// How long a card takes this user, from their own logged answer times. Pure.

/** Seconds per card assumed before the user has logged any answer time. */
export const DEFAULT_SECONDS_PER_CARD = 60;

/**
 * Seconds one card takes: the median of the logged durations (the newest up to 200, zeros skipped),
 * kept between 10 s and 10 min so one card left open over lunch cannot distort it.
 */
export function secondsPerCard(durationsMs: readonly number[]): number {
  const times = durationsMs
    .filter((d) => d > 0)
    .slice(-200)
    .sort((a, b) => a - b);
  if (times.length === 0) return DEFAULT_SECONDS_PER_CARD;
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return Math.min(600, Math.max(10, Math.round(median / 1000)));
}

/** Minutes `cards` cards take at `seconds` each, rounded up to a whole minute (0 for none). */
export function minutesFor(cards: number, seconds: number): number {
  return Math.ceil((cards * seconds) / 60);
}
