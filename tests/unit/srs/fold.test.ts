import { describe, expect, it } from 'vitest';
import { applyGrade, foldReviews, newSchedule } from '../../../src/srs/fold';
import { localDay } from '../../../src/srs/days';

const day = (iso: string) => new Date(`${iso}T10:00:00`).getTime();

describe('foldReviews', () => {
  it('sets the due date to the review day plus the interval, in local days', () => {
    const s = foldReviews([{ time: day('2026-11-20'), grade: 5, coverage: 1, counted: true }]);
    expect(s.interval).toBe(1);
    expect(s.due).toBe(localDay(day('2026-11-21')));
  });

  it('logs uncounted grades (re-grades, drills) without moving the schedule', () => {
    const counted = applyGrade(newSchedule(), { time: day('2026-11-20'), grade: 2, coverage: 0.4, counted: true });
    const regrade = applyGrade(counted, { time: day('2026-11-20') + 60_000, grade: 5, coverage: 1, counted: false });
    expect({ ...regrade, lastReviewed: 0, lastGrade: 0, lastCoverage: 0, reviewCount: 0 }).toEqual({ ...counted, lastReviewed: 0, lastGrade: 0, lastCoverage: 0, reviewCount: 0 });
    expect(regrade.lastGrade).toBe(5);
    expect(regrade.reviewCount).toBe(2);
  });

  it('replays out-of-order logs in time order', () => {
    const a = { time: day('2026-11-01'), grade: 5, coverage: 1, counted: true };
    const b = { time: day('2026-11-02'), grade: 1, coverage: 0.2, counted: true };
    expect(foldReviews([b, a])).toEqual(foldReviews([a, b]));
    expect(foldReviews([b, a]).repetitions).toBe(0);
  });

  it('counts one SM-2 repetition per card per day, even if a merged log marks two', () => {
    const a = { time: day('2026-11-01'), grade: 5, coverage: 1, counted: true };
    const b = { time: day('2026-11-01') + 3_600_000, grade: 5, coverage: 1, counted: true };
    expect(foldReviews([a, b]).repetitions).toBe(1);
    expect(foldReviews([a, b]).interval).toBe(1);
  });
});
