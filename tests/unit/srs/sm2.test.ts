import { describe, expect, it } from 'vitest';
import { MAX_INTERVAL_DAYS, NEW_CARD, sm2Step, sessionRequeue, type Sm2State } from '../../../src/srs/sm2';
import { foldReviews } from '../../../src/srs/fold';
import type { ReviewRow } from '../../../src/srs/log-row';

const run = (grades: number[], from: Sm2State = NEW_CARD): Sm2State => grades.reduce(sm2Step, from);

describe('SM-2 sm2Step()', () => {
  it('gives the published first intervals: 1 day, then 6 days, then I(n-1) × EF', () => {
    const first = sm2Step(NEW_CARD, 4);
    expect(first).toEqual({ repetitions: 1, easeFactor: 2.5, interval: 1 });
    const second = sm2Step(first, 4);
    expect(second).toEqual({ repetitions: 2, easeFactor: 2.5, interval: 6 });
    expect(sm2Step(second, 4)).toEqual({ repetitions: 3, easeFactor: 2.5, interval: 15 });
  });

  it('changes EF by the published deltas for every grade, lapses included', () => {
    const deltas = [-0.8, -0.54, -0.32, -0.14, 0, 0.1];
    deltas.forEach((delta, q) => {
      expect(sm2Step({ repetitions: 3, easeFactor: 2.5, interval: 10 }, q).easeFactor).toBeCloseTo(2.5 + delta, 10);
    });
  });

  it('never lets EF fall below 1.3', () => {
    expect(run([0, 0, 0, 0]).easeFactor).toBe(1.3);
    expect(sm2Step({ repetitions: 0, easeFactor: 1.36, interval: 0 }, 3).easeFactor).toBe(1.3);
  });

  it('has no upper cap on EF', () => {
    expect(run([5, 5, 5, 5, 5, 5, 5]).easeFactor).toBe(3.2);
  });

  it('resets repetitions and the interval on a lapse, and still updates EF', () => {
    const learned = run([5, 5, 5]);
    expect(learned.repetitions).toBe(3);
    const lapsed = sm2Step(learned, 2);
    expect(lapsed).toEqual({ repetitions: 0, easeFactor: 2.48, interval: 1 });
    expect(sm2Step(lapsed, 4)).toEqual({ repetitions: 1, easeFactor: 2.48, interval: 1 });
  });

  it('rounds the interval up and uses the EF from before the grade', () => {
    // 6 × 2.5 = 15 exactly; then 15 × 2.36 = 35.4 → 36 (EF before the q3 update is 2.36... after q=3 at 2.5 → 2.36).
    const state = { repetitions: 2, easeFactor: 2.36, interval: 15 };
    expect(sm2Step(state, 3)).toEqual({ repetitions: 3, easeFactor: 2.22, interval: 36 });
    expect(sm2Step({ repetitions: 5, easeFactor: 1.3, interval: 7 }, 5).interval).toBe(10); // 9.1 → 10
  });

  it('keeps EF arithmetic exact: 140 × 3.0 is 420, not 421', () => {
    expect(sm2Step({ repetitions: 6, easeFactor: 3.0, interval: 140 }, 4)).toEqual({ repetitions: 7, easeFactor: 3.0, interval: 420 });
    // EF reached by many small steps still lands on an exact multiple of 0.02.
    const drifted = run([5, 3, 5, 3, 5, 3, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(Math.round(drifted.easeFactor * 100)).toBeCloseTo(drifted.easeFactor * 100, 9);
    expect(Math.round(drifted.easeFactor * 100) % 2).toBe(0);
  });

  it('never schedules beyond the 100-year ceiling, however long the run of perfect grades', () => {
    expect(MAX_INTERVAL_DAYS).toBe(36_500);
    const intervals: number[] = [];
    let state: Sm2State = NEW_CARD;
    for (let i = 0; i < 60; i++) intervals.push((state = sm2Step(state, 5)).interval);
    expect(intervals.slice(0, 4)).toEqual([1, 6, 17, 48]); // SM-2's start is untouched (6 × 2.7 = 16.2 → 17)
    expect(Math.max(...intervals)).toBe(MAX_INTERVAL_DAYS);
    expect(intervals.findIndex((i) => i === MAX_INTERVAL_DAYS)).toBeGreaterThan(5);
    // At the ceiling a pass stays there, a lapse still starts over, and the ease factor keeps SM-2's rule.
    expect(sm2Step({ repetitions: 30, easeFactor: 5.2, interval: MAX_INTERVAL_DAYS }, 4)).toEqual({
      repetitions: 31,
      easeFactor: 5.2,
      interval: MAX_INTERVAL_DAYS,
    });
    expect(sm2Step({ repetitions: 30, easeFactor: 5.2, interval: MAX_INTERVAL_DAYS }, 1).interval).toBe(1);
  });

  it('folds 24 perfect reviews on consecutive days into a due date a Date can hold', () => {
    const DAY = 86_400_000;
    const t0 = Date.UTC(2024, 0, 1, 9);
    const log: ReviewRow[] = Array.from({ length: 24 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      cardKey: 'd/c',
      deckId: 'd',
      cardId: 'c',
      time: t0 + i * DAY,
      day: Math.floor((t0 + i * DAY) / DAY),
      grade: 5,
      ticked: [0, 1, 2, 3, 4],
      pointCount: 5,
      coverage: 1,
      durationMs: 1000,
      mode: 'review',
    }));
    const folded = foldReviews(log);
    expect(folded.interval).toBe(MAX_INTERVAL_DAYS);
    expect(folded.due).toBe(log[23].day + MAX_INTERVAL_DAYS);
    expect(Number.isNaN(new Date(folded.due! * DAY).getTime())).toBe(false);
  });

  it('rejects grades that are not integers 0..5 with a RangeError', () => {
    for (const bad of [-1, 6, 2.5, Number.NaN, Infinity]) {
      expect(() => sm2Step(NEW_CARD, bad)).toThrow(RangeError);
      expect(() => sessionRequeue(bad)).toThrow(RangeError);
    }
  });

  it('does not mutate the state it is given', () => {
    const state = { repetitions: 2, easeFactor: 2.5, interval: 6 };
    sm2Step(state, 5);
    expect(state).toEqual({ repetitions: 2, easeFactor: 2.5, interval: 6 });
  });
});

describe('sessionRequeue()', () => {
  it('brings back grades below 4 in the same session (SM-2 step 7)', () => {
    expect([0, 1, 2, 3, 4, 5].map(sessionRequeue)).toEqual([true, true, true, true, false, false]);
  });
});
