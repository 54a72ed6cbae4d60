// Folds a card's review log into its scheduling state: the card cache is always this fold.
import { NEW_CARD, review, type Sm2State } from './sm2';
import type { Mode } from './queue';

/** The parts of a logged grade that scheduling depends on. */
export interface LoggedGrade {
  time: number;
  /** The local calendar day when the grade was given, fixed then so travel never reshuffles days. */
  day: number;
  grade: number;
  coverage: number;
  counted: boolean;
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
  return { ...NEW_CARD, due: null, lastReviewed: null, lastGrade: null, lastCoverage: null, lastCountedDay: null, introducedDay: null, againDay: null, reviewCount: 0 };
}

/** Applies one logged grade: every grade updates "last review"; only counted ones run SM-2. */
export function applyGrade(schedule: CardSchedule, entry: LoggedGrade): CardSchedule {
  const { day } = entry;
  // Drills and mock interviews never touch step 7: only daily-review grades decide what comes back.
  const againDay = entry.mode === 'review' ? (entry.grade < 4 ? day : null) : schedule.againDay;
  const base = { ...schedule, lastReviewed: entry.time, lastGrade: entry.grade, lastCoverage: entry.coverage, againDay, reviewCount: schedule.reviewCount + 1 };
  // One SM-2 repetition per card per day, even when a merged backup logs two on the same day.
  if (!entry.counted || schedule.lastCountedDay === day) return base;
  const next = review(schedule, entry.grade);
  return { ...base, ...next, due: day + next.interval, lastCountedDay: day, introducedDay: schedule.introducedDay ?? day };
}

/** Replays a card's whole log, oldest first, into its schedule. */
export function foldReviews(log: readonly LoggedGrade[]): CardSchedule {
  return [...log].sort((a, b) => a.time - b.time).reduce(applyGrade, newSchedule());
}
