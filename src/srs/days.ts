// Calendar days in the user's local time zone, as integers, so due dates compare and index cheaply.

const MS_PER_DAY = 86_400_000;

/** The local calendar day of `time` as a day number (days since 1970-01-01). */
export function localDay(time: number | Date): number {
  const d = new Date(time);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY);
}

/** Local midnight at the start of day number `day`, as a Date. */
export function dayStart(day: number): Date {
  const utc = new Date(day * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** The day number as an ISO date string, e.g. 2026-11-25. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** When an interview on the ISO date `isoDate` is taken to start: 09:00 local time (a date says no hour); NaN for an empty or bad date. */
export function interviewTime(isoDate: string): number {
  return new Date(`${isoDate}T09:00`).getTime();
}
