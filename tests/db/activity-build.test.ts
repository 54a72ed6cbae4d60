// Building Stats' kept per-day totals from the whole log against fake-indexeddb: slice by slice, picked up after
// an interruption, with grades logged meanwhile left to the "rows since" step, and safe with two tabs at once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RehearseDb, type ReviewRow } from '../../src/db/schema';
import { BUILD_KEY, BUILD_SLICE, buildActivityTotals } from '../../src/db/activity-build';
import { keptTotals } from '../../src/db/activity-cache';
import { activityTotals } from '../../src/db/stats';
import { recordGrade } from '../../src/db/record';
import { addToDayTotals, type DayTotals } from '../../src/srs/stats/activity';
import { localDay } from '../../src/srs/days';

const DAY = 86_400_000;
const start = new Date('2026-06-01T08:00:00').getTime();
let db: RehearseDb;
let name: string;

/** `n` logged grades over about 90 days, ids in an order unrelated to their times (as random UUIDs are). */
function rows(n: number): ReviewRow[] {
  return Array.from({ length: n }, (_, i) => {
    const time = start + ((i * 7919) % 90) * DAY + i;
    return {
      id: `r${String((i * 4801) % n).padStart(6, '0')}-${i}`,
      cardKey: `d/c${i % 40}`,
      deckId: 'd',
      cardId: `c${i % 40}`,
      time,
      day: localDay(time),
      grade: i % 6,
      ticked: [],
      pointCount: 5,
      coverage: 0,
      durationMs: 1000 + (i % 13) * 100,
      mode: 'review',
    };
  });
}

const truth = async (): Promise<DayTotals> => addToDayTotals(new Map(), await db.reviews.toArray());
const keptAsMap = async () => {
  const k = await keptTotals(db);
  return k && { count: k.count, totals: new Map(k.days.map(([day, grades, ms]) => [day, { grades, ms }])) };
};

beforeEach(async () => {
  name = `build-${Math.random()}`;
  db = new RehearseDb(name);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('buildActivityTotals', () => {
  it('builds the totals of the whole log, one slice at a time, and picks up where it was cut short', async () => {
    await recordGrade(db, {
      deckId: 'd',
      cardId: 'x',
      grade: 4,
      ticked: [0],
      pointCount: 5,
      durationMs: 900,
      mode: 'review',
      time: start - 3 * DAY,
    });
    await recordGrade(db, {
      deckId: 'e',
      cardId: 'y',
      grade: 2,
      ticked: [],
      pointCount: 5,
      durationMs: 800,
      mode: 'review',
      time: start - 2 * DAY,
    });
    const n = BUILD_SLICE * 2 + 500 + 2;
    await db.reviews.bulkAdd(rows(n - 2));
    expect(await buildActivityTotals(db, 1)).toBe(false);
    expect(await keptTotals(db)).toBeUndefined();
    expect(((await db.meta.get(BUILD_KEY))?.value as { count: number }).count).toBe(BUILD_SLICE);

    expect(await buildActivityTotals(db)).toBe(true);
    expect(await db.meta.get(BUILD_KEY)).toBeUndefined();
    expect(await keptAsMap()).toEqual({ count: n, totals: await truth() });
    // With every card row's due day and interval (the forecast's input), as of the same log.
    const cards = await db.cards.toArray();
    expect(cards).toHaveLength(2);
    expect((await keptTotals(db))?.cards).toEqual({
      keys: cards.map((c) => c.key),
      due: cards.map((c) => c.due),
      interval: cards.map((c) => c.interval),
    });
  });

  it('leaves grades logged after it began to the rows-since step, so they are counted once', async () => {
    await db.reviews.bulkAdd(rows(BUILD_SLICE + 10));
    await buildActivityTotals(db, 1);
    const late = await recordGrade(db, {
      deckId: 'd',
      cardId: 'new',
      grade: 5,
      ticked: [],
      pointCount: 5,
      durationMs: 4321,
      mode: 'review',
      time: start + 200 * DAY,
    });
    await buildActivityTotals(db);
    expect((await keptTotals(db))?.count).toBe(BUILD_SLICE + 10);
    const totals = await activityTotals(db);
    expect(totals.get(late.day)).toEqual({ grades: 1, ms: 4321 });
    expect(totals).toEqual(await truth());
  });

  it('two tabs building at once keep the same totals, with no slice counted twice', async () => {
    await db.reviews.bulkAdd(rows(BUILD_SLICE * 3 + 7));
    const other = new RehearseDb(name);
    await other.open();
    // The other tab has its own copy of the module (its own "one build at a time in this page").
    vi.resetModules();
    const otherTab = (await import('../../src/db/activity-build')).buildActivityTotals;
    try {
      await buildActivityTotals(db, 1);
      await Promise.all([buildActivityTotals(db), otherTab(other)]);
      expect(await keptAsMap()).toEqual({ count: BUILD_SLICE * 3 + 7, totals: await truth() });
    } finally {
      other.close();
    }
  });

  it('keeps empty totals for an empty log', async () => {
    expect(await buildActivityTotals(db)).toBe(true);
    expect(await keptTotals(db)).toMatchObject({ count: 0, days: [] });
  });

  it('Stats rebuilds totals found out of date, and a build left over them starts again', async () => {
    await db.reviews.bulkAdd(rows(BUILD_SLICE + 100));
    await activityTotals(db);
    const [gone] = await db.reviews.limit(1).toArray();
    await db.reviews.delete(gone.id); // behind the totals' back: only the count shows it
    expect(await activityTotals(db)).toEqual(await truth());
    expect((await keptTotals(db))?.count).toBe(BUILD_SLICE + 99);
  });
});
