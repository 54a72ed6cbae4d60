// Reads for the Stats screen and the interview plan. Study days come from per-day totals kept in meta
// ('stats:activity', built once from the whole log in slices by src/db/activity-build.ts), so a visit reads only
// the grades logged since; large reads go in slices, yielding between them, so none holds the main thread long.
import { addToDayTotals, type DayTotals } from '../srs/stats/activity';
import type { HistoryRow } from '../srs/stats/history';
import { cardKey, type CardRow, type MockRow, type RehearseDb, type ReviewRow } from './schema';
import {
  ACTIVITY_CACHE_KEY,
  allCardDues,
  keepTotals,
  keptDues,
  keptTotals,
  patchDues,
  type ActivityCache,
  type CardDues,
  type Totals,
} from './activity-cache';
import { BUILD_KEY, buildActivityTotals } from './activity-build';

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

const NO_ROWS = (): Totals => ({ totals: new Map(), count: 0, lastTime: 0, lastIds: [] });

/** `t` with `rows` counted in (the totals are changed in place). */
function withRows(t: Totals, rows: readonly ReviewRow[]): Totals {
  addToDayTotals(t.totals, rows);
  let lastTime = t.count === 0 ? -Infinity : t.lastTime;
  let lastIds = t.count === 0 ? [] : [...t.lastIds];
  for (const r of rows) {
    if (r.time > lastTime) {
      lastTime = r.time;
      lastIds = [r.id];
    } else if (r.time === lastTime) lastIds.push(r.id);
  }
  const count = t.count + rows.length;
  return { totals: t.totals, count, lastTime: count === 0 ? 0 : lastTime, lastIds };
}

/** The kept totals plus `newer` (the rows logged after them), or null when a row at their newest time is gone. */
function broughtUpToDate(kept: ActivityCache, newer: readonly ReviewRow[], atLast: readonly string[]): Totals | null {
  const stillThere = new Set(atLast);
  if (!kept.lastIds.every((id) => stillThere.has(id))) return null;
  const totals: DayTotals = new Map(kept.days.map(([day, grades, ms]) => [day, { grades, ms }]));
  return withRows({ totals, count: kept.count, lastTime: kept.lastTime, lastIds: kept.lastIds }, newer);
}

/** What readSince reads: the log's size (when asked), the rows after the kept totals, and the cards they graded. */
interface Since {
  count: number | null;
  newer: ReviewRow[];
  /** The ids still logged at the kept totals' newest time. */
  atLast: string[];
  /** The cards the newer rows graded, and their rows now (undefined: no row any more). */
  keys: string[];
  rows: (CardRow | undefined)[];
}

/** The log's size (when `withCount`), the rows logged after the kept totals, and the rows of the cards they graded. */
function readSince(db: RehearseDb, kept: ActivityCache, withCount: boolean): Promise<Since> {
  // One read transaction: a grade logged meanwhile is in every answer or in none.
  return db.transaction('r', db.reviews, db.cards, async () => {
    const [count, newer, atLast] = await Promise.all([
      withCount ? db.reviews.count() : null,
      db.reviews.where('time').above(kept.lastTime).toArray(),
      db.reviews.where('time').equals(kept.lastTime).primaryKeys() as Promise<string[]>,
    ]);
    const keys = [...new Set(newer.map((r) => r.cardKey))];
    return { count, newer, atLast, keys, rows: await db.cards.bulkGet(keys) };
  });
}

/**
 * The kept totals plus the rows logged after them, or null when the log changed otherwise. Why this check is
 * enough: rows are only ever added or removed. Paths that delete counted rows take them out of the kept totals
 * (countOutOfTotals) and imports count theirs in; a row added with an older time by another path (a clock set
 * back) makes the count differ from kept + newer, and so does any change the totals missed. Any of these falls
 * back to reading the whole log.
 */
function confirmed(kept: ActivityCache, since: Since): Totals | null {
  if (since.count !== kept.count + since.newer.length) return null;
  return broughtUpToDate(kept, since.newer, since.atLast);
}

async function currentTotals(db: RehearseDb, kept: ActivityCache): Promise<Totals | null> {
  return confirmed(kept, await readSince(db, kept, true));
}

/** What the Stats screen reads from every deck's log: per-day totals, and every card row's due day and interval. */
export interface LogFigures {
  totals: DayTotals;
  dues: CardDues;
}

/** Callbacks for the figures that are ready before the log is counted. */
export interface EarlyFigures {
  totals?: (totals: DayTotals) => void;
  dues?: (dues: CardDues) => void;
}

/**
 * Per-day totals and card dues over every deck (the kept ones when the log only grew since, with the cards graded
 * since read again). `early` gets them at once, before the log is counted to confirm them (a count of 200,000
 * rows takes about 200 ms), which starts once `confirmAfter` settles; the result is then the confirmed figures,
 * kept for the next visit, or figures read in full.
 */
export async function logFigures(db: RehearseDb, early: EarlyFigures = {}, confirmAfter?: Promise<unknown>): Promise<LogFigures> {
  const kept = await keptTotals(db);
  let dues: CardDues | undefined;
  if (kept) {
    const since = await readSince(db, kept, false);
    const soon = broughtUpToDate(kept, since.newer, since.atLast);
    const base = keptDues(kept);
    if (soon) early.totals?.(soon.totals);
    if (soon && base) dues = patchDues(base, since.keys, since.rows);
  }
  // The first visit after an update, or after a change that rewrote cards: every card row, 10,000 in about 250 ms.
  dues ??= await allCardDues(db);
  early.dues?.(dues);
  await confirmAfter?.catch(() => undefined);
  if (kept) {
    const since = await readSince(db, kept, true);
    const current = confirmed(kept, since);
    if (current) {
      // The dues as of this same read: the cards graded since the kept totals read again.
      const now = patchDues(dues, since.keys, since.rows);
      if (current.count !== kept.count || !kept.cards) await keepTotals(db, { ...current, cards: now });
      return { totals: current.totals, dues: now };
    }
    // Totals found out of date go (so no later visit shows them), with any build begun over them.
    await db.transaction('rw', db.meta, () => db.meta.bulkDelete([ACTIVITY_CACHE_KEY, BUILD_KEY]));
  }
  return { totals: await rebuiltTotals(db), dues: await allCardDues(db) };
}

/** Grades and time per local day over every deck's log: logFigures' totals (`early` as there). */
export async function activityTotals(
  db: RehearseDb,
  early?: (totals: DayTotals) => void,
  confirmAfter?: Promise<unknown>,
): Promise<DayTotals> {
  return (await logFigures(db, { totals: early }, confirmAfter)).totals;
}

/** The per-day totals built from the whole log (resuming a build under way) and brought up to date. */
async function rebuiltTotals(db: RehearseDb): Promise<DayTotals> {
  await buildActivityTotals(db);
  const built = await keptTotals(db);
  const now = built ? await currentTotals(db, built) : null;
  if (now) {
    if (now.count !== built!.count) await keepTotals(db, now);
    return now.totals;
  }
  // The log changed under the build (rows deleted or added in the past meanwhile): read it whole this once.
  let all = NO_ROWS();
  await forEachReviewSlice(db, (rows) => {
    all = withRows(all, rows);
  });
  await keepTotals(db, all);
  return all.totals;
}

/**
 * Counts rows from outside this device (a backup, a sync pull) into the kept totals, inside the import's write
 * transaction (reviews and meta) and before `fresh` is written. Those rows are mostly older than the newest one
 * here, which would otherwise make the next Stats visit read the whole log again (2 s for 200,000 rows).
 * Kept totals that were already out of date are left for that visit to rebuild.
 */
export async function countIntoTotals(db: RehearseDb, fresh: readonly ReviewRow[]): Promise<void> {
  if (fresh.length === 0) return;
  const kept = await keptTotals(db);
  const before = kept ? await currentTotals(db, kept) : (await db.reviews.count()) === 0 ? NO_ROWS() : null;
  if (before) await keepTotals(db, withRows(before, fresh));
}

/**
 * The logs of a deck's cards `cardIds`, as the history pass needs them, one cardKey-index read per card in one
 * transaction: each answer is small, so a 500-card deck's 10,000 rows never arrive as one long structured clone.
 */
export async function deckLog(db: RehearseDb, deckId: string, cardIds: readonly string[]): Promise<HistoryRow[]> {
  const logs = await db.transaction('r', db.reviews, () =>
    Promise.all(cardIds.map((id) => db.reviews.where('cardKey').equals(cardKey(deckId, id)).toArray())),
  );
  return logs.flat().map(({ id, cardId, time, day, grade, coverage, mode }) => ({ id, cardId, time, day, grade, coverage, mode }));
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
