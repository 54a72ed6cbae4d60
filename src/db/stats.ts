// Reads for the Stats screen and the interview plan. The whole log is read in slices by primary key,
// yielding between them, so 200,000 rows never hold the main thread in one long task.
import { addToDayTotals, type DayTotals } from '../srs/stats/activity';
import type { HistoryRow } from '../srs/stats/history';
import type { ForecastCard } from '../srs/stats/forecast';
import type { CardRow, RehearseDb, ReviewRow } from './schema';

/** Rows per slice: each slice's structured clone stays well under the 100 ms long-task line. */
export const SLICE = 4000;

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

/** Grades and time per local day over every deck's log. */
export async function activityTotals(db: RehearseDb): Promise<DayTotals> {
  const totals: DayTotals = new Map();
  await forEachReviewSlice(db, (rows) => addToDayTotals(totals, rows));
  return totals;
}

/** One deck's log, as the history pass needs it (through the deckId index). */
export async function deckLog(db: RehearseDb, deckId: string): Promise<HistoryRow[]> {
  const rows = await db.reviews.where('deckId').equals(deckId).toArray();
  return rows.map(({ id, cardId, time, day, grade, coverage, mode }) => ({ id, cardId, time, day, grade, coverage, mode }));
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
