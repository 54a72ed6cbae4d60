// The review log row, written once: the table below gives the row's TypeScript type, the gate every row
// passes before it enters a log (backup import, sync push and pull, on the device and on the server) and
// the sync server's JSON Schema for it. The gate accepts exactly what the app writes, within bounds.
import { MAX_OUTLINE_POINTS, MAX_SLUG, MIN_OUTLINE_POINTS, SLUG } from '../deck/types';
import { reviewCoverage } from './coverage';
import { anyWhole, field, flag, listOf, num, oneOf, optional, shape, text, whole, type Seen, type Static } from './shape';
import { cardKey, MAX_DURATION_MS, MODES } from './log-terms';
import { GateError, quote, timeText } from './words';

export { cardKey, MAX_DURATION_MS, MODES, type Mode } from './log-terms';

const DAY_MS = 86_400_000;
/** No grade is older than this (2020-01-01 UTC, years before Rehearse existed). */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/** How far ahead of the checking clock a grade may be dated (another device's clock may run fast). */
export const MAX_CLOCK_SKEW_MS = DAY_MS;
/** The ids the app writes (crypto.randomUUID(): lower-case hex). */
export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
/** The most choices a drill card offers (a logged choice is 0 to MAX_CHOICES - 1). */
export const MAX_CHOICES = 4;
/** The largest day number a row may carry (its time decides the real bound). */
export const MAX_DAY = 1e6;
/** An id as the app writes them. */
export const uuid = text(36, new RegExp(UUID_PATTERN));

const slug = text(MAX_SLUG, SLUG);
const namesTwoCards = () => 'names two different cards (its cardKey does not match its deck and card ids)';
const notCoverage = () => 'has a coverage that does not follow from its ticked points and grade';
const dayMismatch = () => 'has a day that does not match its time';
const notMock = () => 'names a mock interview, but is not a mock interview grade Rehearse could have written';
const points = (row: Seen) => row.pointCount as number;
const tickedSays = (_: unknown, row: Seen) =>
  points(row) === 0
    ? 'has ticked points, but its card has no outline (a drill card ticks none)'
    : `has a list of ticked points that is not distinct point numbers from 0 to ${points(row) - 1} in order`;

/** The review row's fields, in the order the gate checks them. */
export const reviewFields = {
  id: field(uuid, (v) => `has an id Rehearse could not have written (${quote(v)})`),
  deckId: field(slug, (v) => `has a deck id that is not a short slug (${quote(v)})`),
  cardId: field(slug, (v) => `has a card id that is not a short slug (${quote(v)})`),
  /** `deckId/cardId`, the card's key in `cards`. */
  cardKey: field(text(2 * MAX_SLUG + 1), namesTwoCards, {
    ok: (v, r) => v === cardKey(r.deckId as string, r.cardId as string),
    says: namesTwoCards,
  }),
  time: field(
    anyWhole,
    () => 'has a time that is not a whole number of milliseconds',
    {
      ok: (t) => t >= EARLIEST_TIME,
      says: (t) => `is dated ${timeText(t)}, before 2020, when no Rehearse grade existed`,
      schema: { minimum: EARLIEST_TIME },
    },
    {
      ok: (t, _, now) => t <= now + MAX_CLOCK_SKEW_MS,
      says: (t) => `is dated ${timeText(t)}, in the future (more than a day ahead of this device's clock)`,
    },
  ),
  /** Local calendar day number when it was given (days since 1970-01-01 in the user's time zone then). */
  // The local day differs from the UTC day by at most one (time zones span UTC−12 to UTC+14).
  day: field(whole(0, MAX_DAY), dayMismatch, {
    ok: (d, r) => Math.abs(d - Math.floor((r.time as number) / DAY_MS)) <= 1,
    says: dayMismatch,
  }),
  grade: field(whole(0, 5), (v) => `has a grade that is not a whole number from 0 to 5 (${quote(v)})`),
  /** Outline points the card had: 5 to 8, or 0 for a drill card (which has no outline). */
  pointCount: field(whole(0, MAX_OUTLINE_POINTS), (v) => pointsSays(v), {
    ok: (n) => n === 0 || n >= MIN_OUTLINE_POINTS,
    says: pointsSays,
    schema: { not: { minimum: 1, maximum: MIN_OUTLINE_POINTS - 1 } },
  }),
  /** Indexes of the outline points the user ticked, ascending (none on a drill card). */
  ticked: field(listOf(whole(0, MAX_OUTLINE_POINTS - 1), MAX_OUTLINE_POINTS), tickedSays, {
    ok: (t, r) => t.length <= points(r) && t.every((x, i) => x < points(r) && (i === 0 || x > t[i - 1]!)),
    says: tickedSays,
  }),
  coverage: field(num(0, 1), notCoverage, {
    ok: (c, r) => c === reviewCoverage((r.ticked as number[]).length, points(r), r.grade as number),
    says: notCoverage,
  }),
  durationMs: field(whole(0, MAX_DURATION_MS), () => 'has a time spent that is not a whole number of milliseconds up to 30 days'),
  mode: field(oneOf(MODES), (v) => `has an unknown mode (${quote(v)})`),
  /**
   * Rows written before issue 14 carry whether they were the day's SM-2 repetition. Nothing reads it: the
   * fold decides (see countsAsRepetition); new rows leave it out, and the gate admits it but does not keep it.
   */
  counted: optional(
    field(flag, () => 'has a "counted" mark that is neither true nor false', {
      ok: (c, r) => !c || r.mode === 'review',
      says: (_, r) => `is a ${String(r.mode)} grade marked as an SM-2 repetition`,
    }),
    false,
  ),
  /** The mock interview this grade was given in (mode 'interview' only). */
  mockId: optional(field(uuid, notMock, { ok: (_, r) => r.mode === 'interview', says: notMock })),
  /** The choice the learner picked on a drill card with choices, 0-based (drill cards only: pointCount 0). */
  choice: optional(
    field(whole(0, MAX_CHOICES - 1), (v) => `has a choice that is not a whole number from 0 to ${MAX_CHOICES - 1} (${quote(v)})`, {
      ok: (_, r) => points(r) === 0,
      says: () => 'records a choice, but its card has an outline (only drill cards have choices)',
    }),
  ),
};

function pointsSays(v: unknown): string {
  return `has an outline of ${quote(v)} points; cards have ${MIN_OUTLINE_POINTS} to ${MAX_OUTLINE_POINTS} (drill cards none)`;
}

/** The review row's shape: its JSON Schema, its gate and its field-by-field comparison. */
export const reviewRow = shape(reviewFields, (k) => `has a field Rehearse does not write (${quote(k)})`);

/** One logged grade: the append-only truth that card states are folded from. */
export type ReviewRow = Static<typeof reviewFields>;

/** Checks one row; returns a fresh row with only the kept fields, or throws a GateError saying what is wrong. */
export function admitRow(raw: unknown, now: number, where = 'a review'): ReviewRow {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new GateError(`${where} is not a review`);
  const r = raw as Seen;
  const wrong = reviewRow.problem(r, now);
  if (wrong) throw new GateError(`${where} ${wrong}`);
  return reviewRow.pick(r as ReviewRow);
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

/** True when two rows record the same grade (every field the log keeps but the id; a legacy "counted" mark is ignored). */
export function sameGrade(a: ReviewRow, b: ReviewRow): boolean {
  return reviewRow.same(a, b, ['id']);
}
