// Folds a card's review log into its scheduling state: the card cache is always this fold.
import { NEW_CARD, sm2Step, type Sm2State } from './sm2';
import type { Mode } from './log-row';

/** The parts of a logged grade that scheduling depends on. */
export interface LoggedGrade {
  /** The row's id: it breaks ties between grades logged in the same millisecond. */
  id: string;
  time: number;
  /** The local calendar day when the grade was given, fixed then so travel never reshuffles days. */
  day: number;
  grade: number;
  coverage: number;
  mode: Mode;
}

/** A card's SM-2 state plus what the app shows about its last review. */
export interface CardSchedule extends Sm2State {
  /** Local day number when the card is next due; null for a card never repeated. */
  due: number | null;
  lastReviewed: number | null;
  lastGrade: number | null;
  lastCoverage: number | null;
  /** Local day of the last counted SM-2 repetition. */
  lastCountedDay: number | null;
  /** Local day of the first counted SM-2 repetition: when the card stopped being new. */
  introducedDay: number | null;
  /** The day its last review-mode grade was below 4, so it must come back that day (SM-2 step 7); else null. */
  againDay: number | null;
  reviewCount: number;
}

/** The schedule of a card with no reviews. */
export function newSchedule(): CardSchedule {
  return {
    ...NEW_CARD,
    due: null,
    lastReviewed: null,
    lastGrade: null,
    lastCoverage: null,
    lastCountedDay: null,
    introducedDay: null,
    againDay: null,
    reviewCount: 0,
  };
}

/** The log's one total order, time then id: every tab, device, undo and merge replays the same sequence. */
export function byTimeThenId(a: LoggedGrade, b: LoggedGrade): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether `entry`, folded after `schedule`, is the card's SM-2 repetition: the first review-mode grade
 * on a local day later than the last repetition's. Decided here only, never stored (issue 14: a flag
 * written with the row drifted with two tabs, undo and clock changes).
 */
export function countsAsRepetition(schedule: CardSchedule, entry: LoggedGrade): boolean {
  return entry.mode === 'review' && (schedule.lastCountedDay === null || entry.day > schedule.lastCountedDay);
}

/** True when `entry` sorts after every grade already folded into `schedule`, so applying it equals a refold. */
export function appendsAfter(schedule: CardSchedule, entry: Pick<LoggedGrade, 'time'>): boolean {
  return schedule.lastReviewed === null || entry.time > schedule.lastReviewed;
}

/** Applies the next logged grade in the log's order: every grade updates "last review"; repetitions run SM-2. */
export function applyGrade(schedule: CardSchedule, entry: LoggedGrade): CardSchedule {
  const { day } = entry;
  // Drills and mock interviews never touch step 7: only daily-review grades decide what comes back.
  const againDay = entry.mode === 'review' ? (entry.grade < 4 ? day : null) : schedule.againDay;
  const base = {
    ...schedule,
    lastReviewed: entry.time,
    lastGrade: entry.grade,
    lastCoverage: entry.coverage,
    againDay,
    reviewCount: schedule.reviewCount + 1,
  };
  if (!countsAsRepetition(schedule, entry)) return base;
  const next = sm2Step(schedule, entry.grade);
  return { ...base, ...next, due: day + next.interval, lastCountedDay: day, introducedDay: schedule.introducedDay ?? day };
}

/** Replays a card's whole log in its total order into its schedule. */
export function foldReviews(log: readonly LoggedGrade[]): CardSchedule {
  return [...log].sort(byTimeThenId).reduce(applyGrade, newSchedule());
}

/** The ids of the grades in one card's log that the fold counts as SM-2 repetitions. */
export function countedIds(log: readonly LoggedGrade[]): Set<string> {
  const ids = new Set<string>();
  let schedule = newSchedule();
  for (const entry of [...log].sort(byTimeThenId)) {
    if (countsAsRepetition(schedule, entry)) ids.add(entry.id);
    schedule = applyGrade(schedule, entry);
  }
  return ids;
}
