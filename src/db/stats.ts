// Reads for the Stats screen and the interview plan. The whole log is read in slices by primary key,
// yielding between them, so 200,000 rows never hold the main thread in one long task; the per-day totals of
// that read are kept (meta 'stats:activity') so a later visit reads only the grades logged since.
import { addToDayTotals, type DayTotals } from '../srs/stats/activity';
import type { HistoryRow } from '../srs/stats/history';
import type { ForecastCard } from '../srs/stats/forecast';
import { cardKey, type CardRow, type MockRow, type RehearseDb, type ReviewRow } from './schema';

/** Rows per slice: each slice's structured clone stays well under the 100 ms long-task line. */
export const SLICE = 2000;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls `each` with every review row, slice by slice in primary-key order, yielding between slices. */
async function forEachReviewSlice(db: RehearseDb, each: (rows: ReviewRow[]) => void): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const from: string | null = last;
    const rows: ReviewRow[] = await (from === null ? db.reviews.limit(SLICE) : db.reviews.where(':id').above(from).limit(SLICE)).toArray();
    if (rows.length === 0) return;
    each(rows);
    last = rows[rows.length - 1].id;
    if (rows.length < SLICE) return;
    await yieldToBrowser();
  }
}

/** The kept per-day totals: of `count` rows, the newest logged at `lastTime` (ids `lastIds`); days as [day, grades, ms]. */
interface ActivityCache {
  count: number;
  lastTime: number;
  lastIds: string[];
  days: [number, number, number][];
}

/** The meta key of the kept totals. */
export const ACTIVITY_CACHE_KEY = 'stats:activity';

function keepTotals(db: RehearseDb, totals: DayTotals, count: number, lastTime: number, lastIds: string[]): Promise<unknown> {
  const value: ActivityCache = { count, lastTime, lastIds, days: [...totals].map(([day, t]) => [day, t.grades, t.ms]) };
  return db.meta.put({ key: ACTIVITY_CACHE_KEY, value });
}

/**
 * The kept totals plus the rows logged after them, or null when the log changed otherwise. Why this check is
 * enough: rows are only ever added or removed. A row added with an older time (sync, backup import) makes the
 * count differ from kept + newer; undo removes the newest row, which is among `lastIds` or newer than them;
 * "Delete all progress" changes the count. Any of these falls back to reading the whole log.
 */
async function updatedTotals(db: RehearseDb, kept: ActivityCache): Promise<DayTotals | null> {
  // One read transaction: a grade logged meanwhile is in all three answers or in none.
  const [count, newer, atLast] = await db.transaction('r', db.reviews, () =>
    Promise.all([db.reviews.count(), db.reviews.where('time').above(kept.lastTime).toArray(), db.reviews.where('time').equals(kept.lastTime).primaryKeys()]),
  );
  const stillThere = new Set(atLast);
  if (count !== kept.count + newer.length || !kept.lastIds.every((id) => stillThere.has(id))) return null;
  const totals: DayTotals = new Map(kept.days.map(([day, grades, ms]) => [day, { grades, ms }]));
  if (newer.length === 0) return totals;
  addToDayTotals(totals, newer);
  const lastTime = Math.max(...newer.map((r) => r.time));
  await keepTotals(db, totals, count, lastTime, newer.filter((r) => r.time === lastTime).map((r) => r.id));
  return totals;
}

/** Grades and time per local day over every deck's log (the kept totals when the log only grew since). */
export async function activityTotals(db: RehearseDb): Promise<DayTotals> {
  const kept = (await db.meta.get(ACTIVITY_CACHE_KEY))?.value as ActivityCache | undefined;
  const updated = kept ? await updatedTotals(db, kept) : null;
  if (updated) return updated;
  const totals: DayTotals = new Map();
  let count = 0;
  let lastTime = -Infinity;
  let lastIds: string[] = [];
  await forEachReviewSlice(db, (rows) => {
    addToDayTotals(totals, rows);
    count += rows.length;
    for (const r of rows) {
      if (r.time > lastTime) {
        lastTime = r.time;
        lastIds = [r.id];
      } else if (r.time === lastTime) lastIds.push(r.id);
    }
  });
  await keepTotals(db, totals, count, count === 0 ? 0 : lastTime, lastIds);
  return totals;
}

/**
 * The logs of a deck's cards `cardIds`, as the history pass needs them, one cardKey-index read per card in one
 * transaction: each answer is small, so a 500-card deck's 10,000 rows never arrive as one long structured clone.
 */
export async function deckLog(db: RehearseDb, deckId: string, cardIds: readonly string[]): Promise<HistoryRow[]> {
  const logs = await db.transaction('r', db.reviews, () => Promise.all(cardIds.map((id) => db.reviews.where('cardKey').equals(cardKey(deckId, id)).toArray())));
  return logs.flat().map(({ id, cardId, time, day, grade, coverage, mode }) => ({ id, cardId, time, day, grade, coverage, mode }));
}

/** Due day and interval of every card of every deck, in slices. */
export async function allDueCards(db: RehearseDb): Promise<ForecastCard[]> {
  const out: ForecastCard[] = [];
  let last: string | null = null;
  for (;;) {
    const from: string | null = last;
    const rows: CardRow[] = await (from === null ? db.cards.limit(SLICE) : db.cards.where(':id').above(from).limit(SLICE)).toArray();
    for (const r of rows) out.push({ due: r.due, interval: r.interval });
    if (rows.length < SLICE) return out;
    last = rows[rows.length - 1].key;
    await yieldToBrowser();
  }
}

/** The answer times of the newest `count` grades, oldest first (through the time index). */
export async function recentDurations(db: RehearseDb, count = 200): Promise<number[]> {
  const rows = await db.reviews.orderBy('time').reverse().limit(count).toArray();
  return rows.map((r) => r.durationMs).reverse();
}

/** The finished mocks of deck `deckId` (self-review done), oldest first, through the createdAt index. */
export function finishedMocks(db: RehearseDb, deckId: string): Promise<MockRow[]> {
  return db.mocks
    .orderBy('createdAt')
    .filter((m) => m.deckId === deckId && m.progress.phase === 'done')
    .toArray();
}
