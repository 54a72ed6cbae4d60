// Dates and intervals as words, for any state the fold can reach: never a throw, never "Invalid Date".
import { describe, expect, it } from 'vitest';
import { formatDay, formatInterval } from '../../../src/ui/format-day';
import { formatDue } from '../../../src/screens/browse/card-state';
import { longDay, shortDay } from '../../../src/ui/format-time';
import { applyGrade, newSchedule } from '../../../src/srs/fold';
import { MAX_INTERVAL_DAYS } from '../../../src/srs/sm2';

const format = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

describe('formatDay and formatInterval', () => {
  it('show an ordinary day and interval', () => {
    expect(formatDay(20_782, format)).toMatch(/2026/);
    expect(formatInterval(1)).toBe('1 day');
    expect(formatInterval(6)).toBe('6 days');
    expect(formatInterval(0)).toBe('—');
  });

  it('survive a forged log: SM-2 intervals grown past any calendar', () => {
    // A grade 5 every day for three thousand days: the interval stops at the ceiling (100 years), never overflows.
    let s = newSchedule();
    for (let day = 18_300; day < 21_300; day++)
      s = applyGrade(s, { id: `r${day}`, time: day * 86_400_000, day, grade: 5, coverage: 1, mode: 'review' });
    expect(s.interval).toBe(MAX_INTERVAL_DAYS);
    for (const day of [s.due!, 1e8, 1e300, Infinity, -Infinity, NaN, -1e9]) {
      for (const text of [formatDue(day), shortDay(day), longDay(day), formatDay(day, format)]) expect(text).not.toMatch(/Invalid|NaN/);
    }
    expect(formatDue(1e12)).toBe('far in the future');
    expect(formatInterval(s.interval)).not.toMatch(/Invalid|NaN|Infinity/);
    expect(formatInterval(Infinity)).toBe('over 100 years');
    expect(formatInterval(1e6)).toBe('over 100 years');
  });
});
