// The plain words every gate speaks: the error a refused value raises, and how a message shows a value.

/** A value the gate refused, with a sentence saying why. */
export class GateError extends Error {
  override name = 'GateError';
}

/** A value as a message shows it: strings quoted and cut short; lists and objects named, never walked (they may nest deep). */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'a list' : 'an object';
  if (value === undefined) return 'missing';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to store';
  return String(value);
}

/** True for a whole number from lo to hi (never -0, NaN or Infinity, so JSON writes it back exactly). */
export function wholeNumber(x: unknown, lo: number, hi: number): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0) && x >= lo && x <= hi;
}

/** A time as a date a user reads, even when it is beyond what a Date can hold. */
export function timeText(time: number): string {
  return Math.abs(time) <= 8.64e15 ? new Date(time).toISOString().slice(0, 10) : 'far beyond any calendar';
}
