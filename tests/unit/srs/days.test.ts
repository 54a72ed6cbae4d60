// Local calendar days: due dates follow the user's calendar, across daylight-saving changes too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayStart, dayToIso, interviewTime, localDay } from '../../../src/srs/days';

const originalTz = process.env.TZ;
beforeAll(() => {
  // New York leaves daylight-saving time on 2026-11-01: that day has 25 hours.
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('local days', () => {
  it('puts late evening and early morning on their local calendar days', () => {
    expect(new Date(2026, 10, 2).getTimezoneOffset()).toBe(300);
    const lateEvening = new Date(2026, 10, 24, 23, 30).getTime();
    const earlyMorning = new Date(2026, 10, 25, 0, 30).getTime();
    expect(localDay(earlyMorning) - localDay(lateEvening)).toBe(1);
    expect(dayToIso(localDay(lateEvening))).toBe('2026-11-24');
  });

  it('counts one day across the 25-hour day when clocks go back', () => {
    const before = new Date(2026, 9, 31, 12).getTime();
    const after = new Date(2026, 10, 1, 23, 59).getTime();
    expect(localDay(after) - localDay(before)).toBe(1);
    expect(dayToIso(localDay(after))).toBe('2026-11-01');
  });

  it('dayStart gives local midnight of the day', () => {
    const day = localDay(new Date(2026, 10, 1, 15).getTime());
    const start = dayStart(day);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2026, 10, 1, 0, 0]);
  });
});

describe('interview time', () => {
  it('is 09:00 local time on the interview date, also on the day daylight-saving time ends', () => {
    expect(interviewTime('2026-11-25')).toBe(new Date(2026, 10, 25, 9).getTime());
    expect(interviewTime('2026-11-01')).toBe(new Date(2026, 10, 1, 9).getTime());
    expect(new Date(interviewTime('2026-11-01')).toISOString()).toBe('2026-11-01T14:00:00.000Z'); // New York, EST
    expect(localDay(interviewTime('2026-11-25'))).toBe(localDay(new Date(2026, 10, 25)));
  });

  it('is NaN with no date or a bad one, so callers can tell no interview from one', () => {
    expect(interviewTime('')).toBeNaN();
    expect(interviewTime('2026-13-40')).toBeNaN();
    expect(interviewTime('next week')).toBeNaN();
  });
});
