// Day numbers and intervals as words that never throw, whatever the fold reached (issue 14: a forged log
// gave due dates past the Date range, and "Invalid time value" broke Browse and Today).
import { dayStart } from '../srs/days';

/** The furthest day a Date can hold (±100,000,000 days from 1970). */
const LAST_DAY = 99_999_999;

/** `day` formatted with `format`, or plain words when no calendar can show it. */
export function formatDay(day: number, format: Intl.DateTimeFormat): string {
  if (Number.isNaN(day)) return 'unknown';
  if (day > LAST_DAY) return 'far in the future';
  if (day < -LAST_DAY) return 'long ago';
  try {
    return format.format(dayStart(day));
  } catch {
    return day > 0 ? 'far in the future' : 'long ago';
  }
}

/** An SM-2 interval as "1 day", "6 days" or "over 100 years" (SM-2 has no cap). */
export function formatInterval(days: number): string {
  if (!days) return '—';
  if (!(days <= 36_500)) return 'over 100 years';
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
