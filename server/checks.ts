// What JSON schema cannot say about a pushed body: fields that must agree with each other.
import { admitRows } from '../src/srs/log-gate';
import type { ReviewRow } from '../src/srs/log-row';

/** A review row as the log keeps it. */
export type PushedReview = ReviewRow;

/** A setting after schema validation. */
export interface PushedSetting {
  key: 'theme' | 'newPerDay' | 'interviewDate';
  value: string | number;
  updatedAt: number;
}

const SETTING_OK: Record<PushedSetting['key'], (v: string | number) => boolean> = {
  theme: (v) => v === 'system' || v === 'light' || v === 'dark',
  newPerDay: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000,
  interviewDate: (v) => v === '' || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
};

/** Returns what is wrong with a pushed setting's value, or null. */
export function settingProblem(s: PushedSetting): string | null {
  return SETTING_OK[s.key](s.value) ? null : `has a value that is not valid for ${s.key}`;
}

/** Checks a push body: the rows through the app's own log gate (the one backup import and pulls use). */
export function checkPush(reviews: unknown[], settings: PushedSetting[], now: number): { rows: ReviewRow[] } | { problem: string } {
  let rows: ReviewRow[];
  try {
    rows = admitRows(reviews, now);
  } catch (e) {
    return { problem: (e as Error).message };
  }
  const keys = new Set<string>();
  for (const [i, s] of settings.entries()) {
    const p = settingProblem(s) ?? (keys.has(s.key) ? 'repeats a key' : null);
    if (p) return { problem: `setting ${i + 1} ${p}` };
    keys.add(s.key);
  }
  return { rows };
}
