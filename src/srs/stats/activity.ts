// Study activity from the log: which local days had a grade, streaks, and time spent. Pure.
// A study day is a local calendar day with at least one logged grade (any mode, any deck).

/** Grades and time logged on one local day. */
export interface DayTotal {
  grades: number;
  ms: number;
}

/** Day number → what was logged that day. */
export type DayTotals = Map<number, DayTotal>;

/** The part of a logged grade activity needs. */
export interface ActivityRow {
  day: number;
  durationMs: number;
}

/** Adds `rows` into `totals` (call it chunk by chunk over a large log); returns `totals`. */
export function addToDayTotals(totals: DayTotals, rows: Iterable<ActivityRow>): DayTotals {
  for (const r of rows) {
    const t = totals.get(r.day);
    if (t) {
      t.grades += 1;
      t.ms += r.durationMs;
    } else totals.set(r.day, { grades: 1, ms: r.durationMs });
  }
  return totals;
}

/** Whether two day totals hold the same grades and time on the same days. */
export function sameTotals(a: DayTotals, b: DayTotals): boolean {
  if (a.size !== b.size) return false;
  for (const [day, t] of a) {
    const u = b.get(day);
    if (!u || u.grades !== t.grades || u.ms !== t.ms) return false;
  }
  return true;
}

/** Streaks and totals of study days. */
export interface ActivitySummary {
  /** Study days in a row ending today, or ending yesterday when today has no grade yet (still alive). */
  currentStreak: number;
  longestStreak: number;
  studyDays: number;
  totalGrades: number;
  totalMs: number;
  /** Time studied today, in milliseconds. */
  todayMs: number;
}

/** Streaks and totals at local day `today` (days after today are ignored for the current streak). */
export function summarizeActivity(totals: DayTotals, today: number): ActivitySummary {
  const days = [...totals.keys()].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  let totalGrades = 0;
  let totalMs = 0;
  for (const d of days) {
    run = d === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = d;
    const t = totals.get(d)!;
    totalGrades += t.grades;
    totalMs += t.ms;
  }
  let current = 0;
  for (let d = totals.has(today) ? today : today - 1; totals.has(d); d--) current++;
  return {
    currentStreak: current,
    longestStreak: longest,
    studyDays: days.length,
    totalGrades,
    totalMs,
    todayMs: totals.get(today)?.ms ?? 0,
  };
}

/** One cell of the heatmap. */
export interface HeatCell {
  day: number;
  grades: number;
  ms: number;
  /** 0 (nothing) to 4 (a heavy day), by grades logged: 1–4, 5–14, 15–39, 40+. */
  level: 0 | 1 | 2 | 3 | 4;
}

/** The weekday of a day number, Monday = 0 … Sunday = 6 (day 0, 1970-01-01, was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The level a number of grades shows as. */
export function heatLevel(grades: number): HeatCell['level'] {
  if (grades <= 0) return 0;
  if (grades < 5) return 1;
  if (grades < 15) return 2;
  if (grades < 40) return 3;
  return 4;
}

/** `weeks` columns of 7 days (Monday first) ending with the week of `today`; days after today are left out. */
export function heatmapWeeks(totals: DayTotals, today: number, weeks = 26): HeatCell[][] {
  const firstMonday = today - weekday(today) - 7 * (weeks - 1);
  const columns: HeatCell[][] = [];
  for (let w = 0; w < weeks; w++) {
    const column: HeatCell[] = [];
    for (let i = 0; i < 7; i++) {
      const day = firstMonday + 7 * w + i;
      if (day > today) break;
      const t = totals.get(day);
      column.push({ day, grades: t?.grades ?? 0, ms: t?.ms ?? 0, level: heatLevel(t?.grades ?? 0) });
    }
    columns.push(column);
  }
  return columns;
}
