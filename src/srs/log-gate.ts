// The one gate every row passes before it enters the review log (backup import, sync pulls, deck
// updates): it accepts exactly what the app writes, within bounds, and keeps only the known fields.
import { isSlug, MAX_OUTLINE_POINTS, MIN_OUTLINE_POINTS } from '../deck/types';
import { reviewCoverage } from './grading';
import { cardKey, MAX_DURATION_MS, MODES, type Mode, type ReviewRow } from './log-row';

const DAY_MS = 86_400_000;
/** No grade is older than this (2020-01-01 UTC, years before Rehearse existed). */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/** How far ahead of this device's clock a grade may be dated (another device's clock may run fast). */
export const MAX_CLOCK_SKEW_MS = DAY_MS;
/** The ids the app writes (crypto.randomUUID(): lower-case hex), as a pattern the sync server's schema shares. */
export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
/** The largest day number a row may carry (its time decides the real bound). */
export const MAX_DAY = 1e6;
const UUID = new RegExp(UUID_PATTERN);
const FIELDS = new Set(['id', 'cardKey', 'deckId', 'cardId', 'time', 'day', 'grade', 'ticked', 'pointCount', 'coverage', 'durationMs', 'mode', 'counted', 'mockId']);

/** A row the gate refused, with a sentence saying why. */
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

function problem(r: Record<string, unknown>, now: number): string | null {
  const unknown = Object.keys(r).find((k) => !FIELDS.has(k));
  if (unknown !== undefined) return `has a field Rehearse does not write (${quote(unknown)})`;
  if (typeof r.id !== 'string' || !UUID.test(r.id)) return `has an id Rehearse could not have written (${quote(r.id)})`;
  for (const k of ['deckId', 'cardId'] as const) {
    const v = r[k];
    if (typeof v !== 'string' || !isSlug(v)) return `has a ${k === 'deckId' ? 'deck' : 'card'} id that is not a short slug (${quote(v)})`;
  }
  if (r.cardKey !== cardKey(r.deckId as string, r.cardId as string)) return 'names two different cards (its cardKey does not match its deck and card ids)';
  const { time } = r;
  if (typeof time !== 'number' || !Number.isSafeInteger(time) || Object.is(time, -0)) return 'has a time that is not a whole number of milliseconds';
  if (time < EARLIEST_TIME) return `is dated ${timeText(time)}, before 2020, when no Rehearse grade existed`;
  if (time > now + MAX_CLOCK_SKEW_MS) return `is dated ${timeText(time)}, in the future (more than a day ahead of this device's clock)`;
  // The local day differs from the UTC day by at most one (time zones span UTC−12 to UTC+14).
  if (!wholeNumber(r.day, 0, MAX_DAY) || Math.abs(r.day - Math.floor(time / DAY_MS)) > 1) return 'has a day that does not match its time';
  if (!wholeNumber(r.grade, 0, 5)) return `has a grade that is not a whole number from 0 to 5 (${quote(r.grade)})`;
  if (!wholeNumber(r.pointCount, MIN_OUTLINE_POINTS, MAX_OUTLINE_POINTS))
    return `has an outline of ${quote(r.pointCount)} points; cards have ${MIN_OUTLINE_POINTS} to ${MAX_OUTLINE_POINTS}`;
  const points = r.pointCount;
  const { ticked } = r;
  if (!Array.isArray(ticked) || ticked.length > points || !ticked.every((t, i) => wholeNumber(t, 0, points - 1) && (i === 0 || t > (ticked[i - 1] as number))))
    return `has a list of ticked points that is not distinct point numbers from 0 to ${points - 1} in order`;
  if (r.coverage !== reviewCoverage(ticked.length, points, r.grade)) return 'has a coverage that does not follow from its ticked points and grade';
  if (!wholeNumber(r.durationMs, 0, MAX_DURATION_MS)) return 'has a time spent that is not a whole number of milliseconds up to 30 days';
  if (!MODES.includes(r.mode as Mode)) return `has an unknown mode (${quote(r.mode)})`;
  if (r.counted !== undefined && typeof r.counted !== 'boolean') return 'has a "counted" mark that is neither true nor false';
  if (r.counted === true && r.mode !== 'review') return `is a ${String(r.mode)} grade marked as an SM-2 repetition`;
  if (r.mockId !== undefined && (r.mode !== 'interview' || typeof r.mockId !== 'string' || !UUID.test(r.mockId))) return 'names a mock interview, but is not a mock interview grade Rehearse could have written';
  return null;
}

/** Checks one row; returns a fresh row with only the known fields, or throws a GateError saying what is wrong. */
export function admitRow(raw: unknown, now: number, where = 'a review'): ReviewRow {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new GateError(`${where} is not a review`);
  const r = raw as Record<string, unknown>;
  const wrong = problem(r, now);
  if (wrong) throw new GateError(`${where} ${wrong}`);
  const row = r as unknown as ReviewRow;
  // A new object, so nothing but the known fields (no __proto__, no extra keys) reaches the database.
  return {
    id: row.id, cardKey: row.cardKey, deckId: row.deckId, cardId: row.cardId, time: row.time, day: row.day, grade: row.grade,
    ticked: [...row.ticked], pointCount: row.pointCount, coverage: row.coverage, durationMs: row.durationMs, mode: row.mode,
    ...(row.mockId !== undefined && { mockId: row.mockId }),
  };
}

/** How many rows pass the gate between two calls of admitRows' `onChecked`. */
export const CHECK_SLICE = 20_000;

/**
 * Checks a list of rows (a backup's, a sync pull's): all admitted, or a GateError for the first bad one.
 * `onChecked` hears how many are checked every CHECK_SLICE rows (a progress bar for big files).
 */
export function admitRows(raws: readonly unknown[], now: number, onChecked?: (done: number) => void): ReviewRow[] {
  const ids = new Set<string>();
  return raws.map((raw, i) => {
    const row = admitRow(raw, now, `review ${i + 1} of ${raws.length}`);
    if (ids.has(row.id)) throw new GateError(`review ${i + 1} of ${raws.length} repeats the id of an earlier review (${row.id})`);
    ids.add(row.id);
    if ((i + 1) % CHECK_SLICE === 0) onChecked?.(i + 1);
    return row;
  });
}

/** True when two rows record the same grade (the fields the log keeps; a legacy "counted" mark is ignored). */
export function sameGrade(a: ReviewRow, b: ReviewRow): boolean {
  return a.cardKey === b.cardKey && a.time === b.time && a.day === b.day && a.grade === b.grade && a.pointCount === b.pointCount
    && a.coverage === b.coverage && a.durationMs === b.durationMs && a.mode === b.mode && a.mockId === b.mockId
    && a.ticked.length === b.ticked.length && a.ticked.every((t, i) => t === b.ticked[i]);
}
