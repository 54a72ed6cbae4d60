// Folds a card's review log into its scheduling state: the card cache is always this fold.
import { NEW_CARD, review, type Sm2State } from './sm2';
import { localDay } from './days';

/** The parts of a logged grade that scheduling depends on. */
export interface LoggedGrade {
  time: number;
  grade: number;
  coverage: number;
  counted: boolean;
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
  reviewCount: number;
}

/** The schedule of a card with no reviews. */
export function newSchedule(): CardSchedule {
  return { ...NEW_CARD, due: null, lastReviewed: null, lastGrade: null, lastCoverage: null, lastCountedDay: null, introducedDay: null, reviewCount: 0 };
}

/** Applies one logged grade: every grade updates "last review"; only counted ones run SM-2. */
export function applyGrade(schedule: CardSchedule, entry: LoggedGrade): CardSchedule {
  const base = { ...schedule, lastReviewed: entry.time, lastGrade: entry.grade, lastCoverage: entry.coverage, reviewCount: schedule.reviewCount + 1 };
  const day = localDay(entry.time);
  // One SM-2 repetition per card per day, even when a merged backup logs two on the same day.
  if (!entry.counted || schedule.lastCountedDay === day) return base;
  const next = review(schedule, entry.grade);
  return { ...base, ...next, due: day + next.interval, lastCountedDay: day, introducedDay: schedule.introducedDay ?? day };
}

/** Replays a card's whole log, oldest first, into its schedule. */
export function foldReviews(log: readonly LoggedGrade[]): CardSchedule {
  return [...log].sort((a, b) => a.time - b.time).reduce(applyGrade, newSchedule());
}
