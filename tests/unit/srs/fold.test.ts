import { describe, expect, it } from 'vitest';
import { applyGrade, foldReviews, newSchedule } from '../../../src/srs/fold';
import { localDay } from '../../../src/srs/days';
import type { LoggedGrade } from '../../../src/srs/fold';

const day = (iso: string) => new Date(`${iso}T10:00:00`).getTime();
/** A logged daily-review grade at `time`, on the local day of `time`. */
let ids = 0;
const entry = (time: number, grade: number, mode: LoggedGrade['mode'] = 'review'): LoggedGrade => ({
  id: `r${String(ids++).padStart(4, '0')}`,
  time,
  day: localDay(time),
  grade,
  coverage: grade / 5,
  mode,
});

describe('foldReviews', () => {
  it('sets the due date to the review day plus the interval, in local days', () => {
    const s = foldReviews([entry(day('2026-11-20'), 5)]);
    expect(s.interval).toBe(1);
    expect(s.due).toBe(localDay(day('2026-11-21')));
  });

  it('logs uncounted grades (re-grades, drills) without moving the schedule', () => {
    const counted = applyGrade(newSchedule(), entry(day('2026-11-20'), 2));
    const regrade = applyGrade(counted, entry(day('2026-11-20') + 60_000, 5, 'drill'));
    expect({ ...regrade, lastReviewed: 0, lastGrade: 0, lastCoverage: 0, reviewCount: 0 }).toEqual({
      ...counted,
      lastReviewed: 0,
      lastGrade: 0,
      lastCoverage: 0,
      reviewCount: 0,
    });
    expect(regrade.lastGrade).toBe(5);
    expect(regrade.reviewCount).toBe(2);
  });

  it('replays out-of-order logs in time order', () => {
    const a = entry(day('2026-11-01'), 5);
    const b = entry(day('2026-11-02'), 1);
    expect(foldReviews([b, a])).toEqual(foldReviews([a, b]));
    expect(foldReviews([b, a]).repetitions).toBe(0);
  });

  it('counts one SM-2 repetition per card per day, even when the log holds two', () => {
    const a = entry(day('2026-11-01'), 5);
    const b = entry(day('2026-11-01') + 3_600_000, 5);
    expect(foldReviews([a, b]).repetitions).toBe(1);
    expect(foldReviews([a, b]).interval).toBe(1);
  });

  it('uses the day stored with each grade, so a change of time zone cannot merge or split days', () => {
    // Two grades 20 hours apart, given on two different local days where the user was.
    const first = { ...entry(day('2026-11-01'), 5), day: 20_000 };
    const second = { ...entry(day('2026-11-01') + 20 * 3_600_000, 5), day: 20_001 };
    const s = foldReviews([first, second]);
    expect(s.repetitions).toBe(2);
    expect(s.due).toBe(20_001 + 6);
  });

  it('keeps step 7 to daily-review grades: a drill neither adds nor clears a repeat', () => {
    const lapse = applyGrade(newSchedule(), entry(day('2026-11-01'), 2));
    const today = localDay(day('2026-11-01'));
    expect(lapse.againDay).toBe(today);
    expect(applyGrade(lapse, entry(day('2026-11-01') + 60_000, 5, 'drill')).againDay).toBe(today);
    const passed = applyGrade(newSchedule(), entry(day('2026-11-01'), 5));
    expect(applyGrade(passed, entry(day('2026-11-01') + 60_000, 1, 'drill')).againDay).toBeNull();
    expect(applyGrade(lapse, entry(day('2026-11-01') + 60_000, 4)).againDay).toBeNull();
  });
});
