// Durations and day numbers in words, for the Stats screen and the plan.
import { formatDay } from './format-day';

/** Milliseconds as "45 min", "3 h 20 min" or "under a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'under a minute' : '0 min';
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/** A day number as "Nov 25". */
export function shortDay(day: number): string {
  return formatDay(day, shortDate);
}

/** A day number as "Wed, Nov 25". */
export function longDay(day: number): string {
  return formatDay(day, longDate);
}

const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A time in milliseconds as "Nov 25, 2026, 9:41 AM"; "unknown" for one outside the Date range. */
export function dateAndTime(ms: number): string {
  try {
    return moment.format(ms);
  } catch {
    return 'unknown';
  }
}
