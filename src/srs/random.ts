// A small seeded pseudo-random generator (mulberry32) and weighted draws: same seed, same sequence.

/** A function returning numbers in [0, 1), deterministic for a given seed. */
export type Random = () => number;

/** A seeded generator (mulberry32): 32-bit state, good enough to shuffle questions, pure. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Orders `items` at random where heavier items tend to come first (Efraimidis–Spirakis keys
 * u^(1/w)): taking the first k is a weighted draw of k items without replacement.
 */
export function weightedOrder<T>(items: readonly T[], weight: (item: T) => number, random: Random): T[] {
  return items
    .map((item) => ({ item, key: Math.pow(random() || Number.MIN_VALUE, 1 / Math.max(1e-6, weight(item))) }))
    .sort((a, b) => b.key - a.key)
    .map((k) => k.item);
}

/** A uniform integer in [0, n). */
export function randomIndex(n: number, random: Random): number {
  return Math.min(n - 1, Math.floor(random() * n));
}
