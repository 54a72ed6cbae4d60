// What JSON schema cannot say about a pushed body: fields that must agree with each other.
import { admitRow } from '../src/srs/log-gate';
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

/** Why a push was refused, and the id of the row at fault when one row was (the client then keeps it local). */
export interface PushProblem {
  problem: string;
  refusedId?: string;
}

/** Checks a push body: each row through the app's own log gate (the one backup import and pulls use). */
export function checkPush(reviews: unknown[], settings: PushedSetting[], now: number): { rows: ReviewRow[] } | PushProblem {
  const rows: ReviewRow[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of reviews.entries()) {
    const where = `review ${i + 1} of ${reviews.length}`;
    try {
      rows.push(admitRow(raw, now, where));
    } catch (e) {
      const id = (raw as { id?: unknown }).id;
      return { problem: (e as Error).message, ...(typeof id === 'string' && { refusedId: id }) };
    }
    if (ids.has(rows[i]!.id)) return { problem: `${where} repeats the id of an earlier review (${rows[i]!.id})` };
    ids.add(rows[i]!.id);
  }
  const keys = new Set<string>();
  for (const [i, s] of settings.entries()) {
    const p = settingProblem(s) ?? (keys.has(s.key) ? 'repeats a key' : null);
    if (p) return { problem: `setting ${i + 1} ${p}` };
    keys.add(s.key);
  }
  return { rows };
}
