// The Stats screen's per-day totals as kept in meta (issue 9), and the one step that keeps them true when rows are
// deleted. Small and apart from the Stats reads, since every deleting path (undo among them) loads it.
import type { DayTotals } from '../srs/stats/activity';
import type { RehearseDb, ReviewRow } from './schema';
import { ACTIVITY_CACHE_KEY } from './activity-key';

export { ACTIVITY_CACHE_KEY };

/** The kept per-day totals: of `count` rows, the newest logged at `lastTime` (ids `lastIds`); days as [day, grades, ms]. */
export interface ActivityCache {
  count: number;
  lastTime: number;
  lastIds: string[];
  days: [number, number, number][];
}

/** Day totals over `count` rows, the newest logged at `lastTime` (ids `lastIds`). */
export interface Totals {
  totals: DayTotals;
  count: number;
  lastTime: number;
  lastIds: string[];
}

/** Stores `t` as the kept totals. */
export function keepTotals(db: RehearseDb, t: Totals): Promise<unknown> {
  // Sorted, so the same log keeps the same value whatever order its rows arrived in.
  const days = [...t.totals].sort((a, b) => a[0] - b[0]).map(([day, d]): [number, number, number] => [day, d.grades, d.ms]);
  const value: ActivityCache = { count: t.count, lastTime: t.lastTime, lastIds: [...t.lastIds].sort(), days };
  return db.meta.put({ key: ACTIVITY_CACHE_KEY, value });
}

/** The kept totals, if any. */
export async function keptTotals(db: RehearseDb): Promise<ActivityCache | undefined> {
  return (await db.meta.get(ACTIVITY_CACHE_KEY))?.value as ActivityCache | undefined;
}

/**
 * Takes rows being deleted (an undo, a retraction from another device, a deck's progress) out of the kept totals,
 * inside the deletion's transaction (which must include meta). Only rows the totals counted are taken out (those
 * no newer than their newest time); totals that were already out of date stay so, and are read again later.
 */
export async function countOutOfTotals(db: RehearseDb, gone: readonly ReviewRow[]): Promise<void> {
  const kept = await keptTotals(db);
  if (!kept) return;
  const days: DayTotals = new Map(kept.days.map(([day, grades, ms]) => [day, { grades, ms }]));
  const ids = new Set(kept.lastIds);
  let count = kept.count;
  for (const r of gone) {
    if (r.time > kept.lastTime) continue;
    const d = days.get(r.day);
    if (d) {
      d.grades -= 1;
      d.ms -= r.durationMs;
      if (d.grades <= 0) days.delete(r.day);
    }
    ids.delete(r.id);
    count -= 1;
  }
  if (count !== kept.count) await keepTotals(db, { totals: days, count, lastTime: kept.lastTime, lastIds: [...ids] });
}

