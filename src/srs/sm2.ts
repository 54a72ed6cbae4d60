// SM-2 as the SuperMemo text describes it: pure, no clock, exact ease-factor arithmetic.

/** The scheduling state SM-2 keeps per card. */
export interface Sm2State {
  repetitions: number;
  easeFactor: number;
  interval: number;
}

/** The state of a card that has never been reviewed. */
export const NEW_CARD: Readonly<Sm2State> = Object.freeze({ repetitions: 0, easeFactor: 2.5, interval: 0 });

/** The lowest ease factor SM-2 allows. */
export const MIN_EASE_FACTOR = 1.3;

/**
 * The longest interval, in days: 100 years (36,500 days), Anki's default maximum interval. SM-2 itself has none,
 * and with no upper cap on the ease factor 16 perfect reviews on consecutive days already schedule a card past
 * what a JavaScript Date can hold (about 273,000 years). Capping here, in the one step every fold goes through,
 * means no log, real or forged (a backup import or a sync pull), can fold into a date outside that range, so the
 * log gate accepts such a log and the card is simply due in 100 years.
 */
export const MAX_INTERVAL_DAYS = 36_500;

/** Throws a RangeError unless `grade` is an integer from 0 to 5. */
export function assertGrade(grade: number): void {
  if (!Number.isInteger(grade) || grade < 0 || grade > 5) {
    throw new RangeError(`SM-2 grade must be an integer from 0 to 5, got ${String(grade)}`);
  }
}

// Ease factors are kept in integer hundredths: every reachable EF is a multiple of 0.02, so
// 140 × 3.0 is 420 exactly, where floating point would give 420.00000000000006 and ceil to 421.
function toHundredths(easeFactor: number): number {
  return Math.round(easeFactor * 100);
}

/** One SM-2 repetition: the state after grading a card `grade` (0–5). */
export function sm2Step(state: Sm2State, grade: number): Sm2State {
  assertGrade(grade);
  const ef = toHundredths(state.easeFactor);
  const d = 5 - grade;
  const nextEf = Math.max(toHundredths(MIN_EASE_FACTOR), ef + 10 - d * (8 + 2 * d));
  if (grade < 3) return { repetitions: 0, easeFactor: nextEf / 100, interval: 1 };
  let interval: number;
  if (state.repetitions === 0) interval = 1;
  else if (state.repetitions === 1) interval = 6;
  else interval = Math.min(MAX_INTERVAL_DAYS, Math.floor((state.interval * ef + 99) / 100)); // ⌈I × EF⌉ with the EF before this grade, capped
  return { repetitions: state.repetitions + 1, easeFactor: nextEf / 100, interval };
}

/** True when a card graded `grade` must come back later in the same session (SM-2 step 7). */
export function sessionRequeue(grade: number): boolean {
  assertGrade(grade);
  return grade < 4;
}
