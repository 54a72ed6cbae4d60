// The Stats screen's per-day totals as kept in meta (issue 9), and the one step that keeps them true when rows are
// deleted. Small and apart from the Stats reads, since every deleting path (undo among them) loads it.
import type { DayTotals } from '../srs/stats/activity';
import type { ForecastCard } from '../srs/stats/forecast';
import type { CardRow, RehearseDb, ReviewRow } from './schema';
import { ACTIVITY_CACHE_KEY } from './activity-key';

export { ACTIVITY_CACHE_KEY };

/** The kept per-day totals: of `count` rows, the newest logged at `lastTime` (ids `lastIds`); days as [day, grades, ms]. */
export interface ActivityCache {
  count: number;
  lastTime: number;
  lastIds: string[];
  days: [number, number, number][];
  /**
   * Every card row's due day and interval as of the same log (the forecast's input), in three parallel arrays so
   * 10,000 cards read back in a few milliseconds; absent until a Stats visit keeps them, and dropped by any change
   * that rewrites cards other than a grade logged after the totals (see countOutOfTotals).
   */
  cards?: { keys: string[]; due: (number | null)[]; interval: number[] };
}

/** Due day and interval of card rows, by card key. */
export type CardDues = Map<string, ForecastCard>;

/** Day totals over `count` rows, the newest logged at `lastTime` (ids `lastIds`). */
export interface Totals {
  totals: DayTotals;
  count: number;
  lastTime: number;
  lastIds: string[];
  /** The card rows' due days and intervals as of the same log, when known. */
  cards?: CardDues;
}

/** Stores `t` as the kept totals (with its card dues when it has them). */
export function keepTotals(db: RehearseDb, t: Totals): Promise<unknown> {
  // Sorted, so the same log keeps the same value whatever order its rows arrived in.
  const days = [...t.totals].sort((a, b) => a[0] - b[0]).map(([day, d]): [number, number, number] => [day, d.grades, d.ms]);
  const value: ActivityCache = { count: t.count, lastTime: t.lastTime, lastIds: [...t.lastIds].sort(), days };
  if (t.cards) {
    const keys = [...t.cards.keys()].sort();
    value.cards = { keys, due: keys.map((k) => t.cards!.get(k)!.due), interval: keys.map((k) => t.cards!.get(k)!.interval) };
  }
  return db.meta.put({ key: ACTIVITY_CACHE_KEY, value });
}

/** The kept totals, if any. */
export async function keptTotals(db: RehearseDb): Promise<ActivityCache | undefined> {
  return (await db.meta.get(ACTIVITY_CACHE_KEY))?.value as ActivityCache | undefined;
}

/** The kept card dues as a map. */
export function keptDues(kept: ActivityCache): CardDues | undefined {
  const c = kept.cards;
  return c && new Map(c.keys.map((key, i) => [key, { due: c.due[i], interval: c.interval[i] }]));
}

/** `dues` with the rows read again for `keys` (a missing row: the card has no row any more). */
export function patchDues(dues: CardDues, keys: readonly string[], rows: readonly (CardRow | undefined)[]): CardDues {
  const next = new Map(dues);
  keys.forEach((key, i) => {
    const row = rows[i];
    if (row) next.set(key, { due: row.due, interval: row.interval });
    else next.delete(key);
  });
  return next;
}

/** Card rows per read of allCardDues: each slice's structured clone stays well under the 100 ms long-task line. */
const DUES_SLICE = 2000;

/**
 * Due day and interval of every card row of every deck, by card key, read in slices; between them it yields to
 * the browser, unless `inTransaction` (a timer would end the caller's IndexedDB transaction).
 */
export async function allCardDues(db: RehearseDb, inTransaction = false): Promise<CardDues> {
  const out: CardDues = new Map();
  let last: string | null = null;
  for (;;) {
    const from: string | null = last;
    const rows: CardRow[] = await (
      from === null ? db.cards.limit(DUES_SLICE) : db.cards.where(':id').above(from).limit(DUES_SLICE)
    ).toArray();
    for (const r of rows) out.set(r.key, { due: r.due, interval: r.interval });
    if (rows.length < DUES_SLICE) return out;
    last = rows[rows.length - 1].key;
    if (!inTransaction) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Drops the kept card dues (cards were rewritten without a grade logged: the refold after an upgrade). */
export async function dropKeptDues(db: RehearseDb): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const kept = await keptTotals(db);
    if (kept?.cards) await db.meta.put({ key: ACTIVITY_CACHE_KEY, value: { ...kept, cards: undefined } });
  });
}

/**
 * Takes rows being deleted (an undo, a retraction from another device, a deck's progress) out of the kept totals,
 * inside the deletion's transaction (which must include meta). Only rows the totals counted are taken out (those
 * no newer than their newest time), and then the kept card dues go too (those cards were refolded); totals that
 * were already out of date stay so, and are read again later. Deleting only rows newer than the totals changes
 * nothing kept: those cards' dues are read again from the rows logged since anyway.
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
