// The Stats screen's per-day totals against fake-indexeddb: kept after a full read, then brought up to date from
// the rows logged since, and read again in full whenever the log changed in another way.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade, undoGrade } from '../../src/db/record';
import { resetProgress } from '../../src/db/reset-progress';
import { activityTotals } from '../../src/db/stats';
import { ACTIVITY_CACHE_KEY } from '../../src/db/activity-cache';
import { importRows } from '../../src/db/import-rows';
import { applyRetractions } from '../../src/db/retractions';
import { removeDeck } from '../../src/db/deck-edits';
import type { ReviewRow } from '../../src/db/schema';
import { addToDayTotals, type DayTotals } from '../../src/srs/stats/activity';
import { localDay } from '../../src/srs/days';

const DAY = 86_400_000;
const start = new Date('2026-11-02T09:00:00').getTime();
let db: RehearseDb;

const grade = (cardId: string, time: number, durationMs = 1000) =>
  recordGrade(db, { deckId: 'd', cardId, grade: 4, ticked: [], pointCount: 5, durationMs, mode: 'review', time });

/** Grades logged on another device (its rows, as a backup or a sync pull brings them). */
async function elsewhere(times: number[]): Promise<ReviewRow[]> {
  const other = new RehearseDb(`other-${Math.random()}`);
  await other.open();
  for (const [i, time] of times.entries())
    await recordGrade(other, {
      deckId: 'd',
      cardId: `x${i}`,
      grade: 3,
      ticked: [0],
      pointCount: 5,
      durationMs: 500 + i,
      mode: 'review',
      time,
    });
  const rows = await other.reviews.toArray();
  await other.delete();
  return rows;
}

/** The kept totals as a map, to compare with the truth without reading the log again. */
async function kept(): Promise<{ count: number; totals: DayTotals } | undefined> {
  const value = (await db.meta.get(ACTIVITY_CACHE_KEY))?.value as { count: number; days: [number, number, number][] } | undefined;
  return value && { count: value.count, totals: new Map(value.days.map(([day, grades, ms]) => [day, { grades, ms }])) };
}

/** The totals straight from every row, as the truth to compare with. */
async function truth(): Promise<DayTotals> {
  return addToDayTotals(new Map(), await db.reviews.toArray());
}

beforeEach(async () => {
  db = new RehearseDb(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('activityTotals', () => {
  it('keeps the totals and adds only the rows logged since', async () => {
    await grade('a', start);
    await grade('b', start + DAY, 2000);
    expect(await activityTotals(db)).toEqual(await truth());
    expect((await db.meta.get(ACTIVITY_CACHE_KEY))?.value).toMatchObject({ count: 2, lastTime: start + DAY });
    await grade('c', start + 2 * DAY, 3000);
    const totals = await activityTotals(db);
    expect(totals.get(localDay(start + 2 * DAY))).toEqual({ grades: 1, ms: 3000 });
    expect(totals).toEqual(await truth());
    expect((await db.meta.get(ACTIVITY_CACHE_KEY))?.value).toMatchObject({ count: 3, lastTime: start + 2 * DAY });
  });

  it('an undo takes its row out of the kept totals, so the next visit need not read the whole log', async () => {
    await grade('a', start);
    const last = await grade('b', start + DAY);
    await grade('c', start + DAY, 4000);
    await activityTotals(db);
    await undoGrade(db, last.id);
    expect(await kept()).toEqual({ count: 2, totals: await truth() });
    const totals = await activityTotals(db);
    expect(totals.get(localDay(start + DAY))).toEqual({ grades: 1, ms: 4000 });
    expect(totals).toEqual(await truth());
  });

  it('retractions from another device and a deck deleted with its progress take their rows out of the kept totals', async () => {
    const a = await grade('a', start);
    await grade('b', start + DAY, 2000);
    await recordGrade(db, {
      deckId: 'other',
      cardId: 'x',
      grade: 5,
      ticked: [],
      pointCount: 5,
      durationMs: 9000,
      mode: 'review',
      time: start + 2 * DAY,
    });
    await activityTotals(db);
    expect(await applyRetractions(db, [a.id])).toBe(1);
    expect(await kept()).toEqual({ count: 2, totals: await truth() });
    await removeDeck(db, 'other', true);
    expect(await kept()).toEqual({ count: 1, totals: await truth() });
    expect(await activityTotals(db)).toEqual(await truth());
  });

  it('hands the kept totals with the newer rows to `early` before counting the log, and not when a kept row is gone', async () => {
    await grade('a', start);
    await grade('b', start + DAY);
    await activityTotals(db);
    const c = await grade('c', start + 2 * DAY, 3000);
    const seen: DayTotals[] = [];
    const confirmed = await activityTotals(db, (t) => seen.push(structuredClone(t)));
    expect(seen).toEqual([await truth()]);
    expect(confirmed).toEqual(await truth());

    // The newest kept row deleted behind the totals' back (not through a path that keeps them): no early figures, a full read.
    await db.reviews.delete(c.id);
    seen.length = 0;
    expect(await activityTotals(db, (t) => seen.push(t))).toEqual(await truth());
    expect(seen).toEqual([]);
  });

  it('reads the whole log again when an older row arrives (a sync or an import) even if one was undone meanwhile', async () => {
    await grade('a', start + DAY);
    const newest = await grade('b', start + 2 * DAY);
    await activityTotals(db);
    await undoGrade(db, newest.id);
    await grade('c', start - 5 * DAY, 7000); // same count as kept, an older time
    const totals = await activityTotals(db);
    expect(totals.get(localDay(start - 5 * DAY))).toEqual({ grades: 1, ms: 7000 });
    expect(totals).toEqual(await truth());
  });

  it('is empty after "Delete all progress"', async () => {
    await grade('a', start);
    await activityTotals(db);
    await resetProgress(db);
    expect((await activityTotals(db)).size).toBe(0);
  });

  it('an import of older rows is counted into the kept totals in its own transaction, so Stats need not read the whole log', async () => {
    await grade('a', start);
    await grade('b', start + DAY);
    await activityTotals(db);
    await grade('c', start + 2 * DAY); // logged after the last visit: the import counts it too
    await importRows(db, await elsewhere([start - 9 * DAY, start - 9 * DAY + 1000, start + DAY]));
    expect(await kept()).toEqual({ count: 6, totals: await truth() });
    expect(await activityTotals(db)).toEqual(await truth());
  });

  it('an import into an empty device keeps its totals; one over out-of-date totals leaves them to be read again', async () => {
    await importRows(db, await elsewhere([start, start + DAY]));
    expect(await kept()).toEqual({ count: 2, totals: await truth() });

    await grade('b', start + 3 * DAY);
    await activityTotals(db);
    await grade('c', start + 2 * DAY); // the clock set back: an older row the kept totals did not count
    await importRows(db, await elsewhere([start - DAY]));
    expect((await kept())?.count).toBe(3); // untouched: the older grade made them out of date
    expect(await activityTotals(db)).toEqual(await truth());
    expect(await kept()).toEqual({ count: 5, totals: await truth() });
  });
});
