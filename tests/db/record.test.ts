// The Dexie layer against fake-indexeddb: record, rebuild, undo, reset, and one transaction per grade.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb, cardKey } from '../../src/db/schema';
import { rebuildCard, recordGrade, undoGrade, type GradeInput } from '../../src/db/record';
import { countReviews, deckSchedules } from '../../src/db/queries';
import { resetProgress } from '../../src/db/reset-progress';
import { localDay } from '../../src/srs/days';

const DAY = 86_400_000;
const start = new Date('2026-11-02T09:00:00').getTime();
let db: RehearseDb;

const grade = (cardId: string, g: number, time: number, extra: Partial<GradeInput> = {}) =>
  recordGrade(db, { deckId: 'd', cardId, grade: g, ticked: [], pointCount: 5, durationMs: 1000, mode: 'review', time, ...extra });

beforeEach(async () => {
  db = new RehearseDb(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('recordGrade', () => {
  it('writes a log row and the card state together', async () => {
    const row = await grade('a', 4, start, { ticked: [0, 2, 3, 4], pointCount: 5 });
    expect(row).toMatchObject({ cardKey: 'd/a', grade: 4, coverage: 0.8, mode: 'review' });
    expect(row).not.toHaveProperty('counted');
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    const card = await db.cards.get(cardKey('d', 'a'));
    expect(card).toMatchObject({ repetitions: 1, interval: 1, easeFactor: 2.5, due: localDay(start) + 1, lastGrade: 4, lastCoverage: 0.8 });
  });

  it('counts only the first review-mode grade of a day as an SM-2 repetition', async () => {
    await grade('a', 2, start);
    await grade('a', 5, start + 60_000);
    const card = await db.cards.get('d/a');
    expect(card).toMatchObject({ repetitions: 0, easeFactor: 2.18, interval: 1, lastGrade: 5 });
  });

  it('counts a re-grade after midnight as the new day first repetition', async () => {
    const lateEvening = new Date('2026-11-02T23:59:00').getTime();
    await grade('a', 2, lateEvening);
    const afterMidnight = await grade('a', 4, lateEvening + 2 * 60_000);
    expect(afterMidnight.day).toBe(localDay(lateEvening) + 1);
    expect(await db.cards.get('d/a')).toMatchObject({ repetitions: 1, interval: 1, againDay: null });
  });

  it('never lets a drill move the schedule', async () => {
    await grade('a', 5, start);
    const before = await db.cards.get('d/a');
    await grade('a', 0, start + 3 * DAY, { mode: 'drill' });
    const after = await db.cards.get('d/a');
    expect(after?.due).toBe(before?.due);
    expect(after?.interval).toBe(before?.interval);
    expect(after?.easeFactor).toBe(before?.easeFactor);
    expect(await db.reviews.count()).toBe(2);
  });

  it('rejects a bad grade and writes nothing', async () => {
    await expect(grade('a', 7, start)).rejects.toThrow(RangeError);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  it('rolls back the log row when the card write fails (one transaction)', async () => {
    // Simulates a full disk on the second write of the transaction.
    db.cards.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    await expect(grade('a', 4, start)).rejects.toThrow('QuotaExceededError');
    expect(await db.reviews.count()).toBe(0);
  });
});

describe('rebuild and undo', () => {
  it('rebuilds the same state as the cache after a mixed sequence of grades', async () => {
    const plan: [string, number, number, Partial<GradeInput>?][] = [
      ['a', 5, 0],
      ['b', 2, 0],
      ['b', 4, 0.01],
      ['a', 4, 1],
      ['a', 3, 7],
      ['b', 1, 1],
      ['a', 0, 20],
      ['a', 5, 21, { mode: 'drill' }],
      ['a', 4, 22],
      ['b', 5, 30],
    ];
    for (const [id, g, days, extra] of plan) await grade(id, g, start + days * DAY, extra);
    for (const id of ['a', 'b']) {
      const cached = await db.cards.get(`d/${id}`);
      await db.cards.delete(`d/${id}`);
      const rebuilt = await rebuildCard(db, 'd', id);
      expect(rebuilt).toEqual(cached);
      expect(await db.cards.get(`d/${id}`)).toEqual(cached);
    }
  });

  it('undo deletes the row and restores the exact previous state', async () => {
    await grade('a', 5, start);
    await grade('a', 5, start + DAY);
    const before = await db.cards.get('d/a');
    const last = await grade('a', 1, start + 7 * DAY);
    expect((await db.cards.get('d/a'))?.repetitions).toBe(0);
    await undoGrade(db, last.id);
    expect(await db.cards.get('d/a')).toEqual(before);
    expect(await db.reviews.get(last.id)).toBeUndefined();
  });

  it('undoing a card first grade makes it new again', async () => {
    const only = await grade('a', 3, start);
    await undoGrade(db, only.id);
    expect(await db.cards.get('d/a')).toBeUndefined();
    expect(await db.reviews.count()).toBe(0);
  });
});

describe('queries and reset', () => {
  it('reads a deck schedules through the deckId index, with empty rows for new cards', async () => {
    await grade('a', 5, start);
    await recordGrade(db, {
      deckId: 'other',
      cardId: 'a',
      grade: 1,
      ticked: [],
      pointCount: 3,
      durationMs: 1,
      mode: 'review',
      time: start,
    });
    const schedules = await deckSchedules(db, 'd', ['a', 'b']);
    expect(schedules.get('a')).toMatchObject({ interval: 1, lastGrade: 5 });
    expect(schedules.get('b')).toMatchObject({ due: null, reviewCount: 0 });
  });

  it('reset deletes every deck progress, and the count it confirms is every grade', async () => {
    await grade('a', 5, start);
    await recordGrade(db, {
      deckId: 'other',
      cardId: 'x',
      grade: 5,
      ticked: [],
      pointCount: 5,
      durationMs: 1,
      mode: 'review',
      time: start,
    });
    await db.meta.put({ key: 'setting:theme', value: 'dark' });
    expect(await countReviews(db)).toBe(2);
    await resetProgress(db);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await countReviews(db)).toBe(0);
    expect(await db.meta.get('setting:theme')).toEqual({ key: 'setting:theme', value: 'dark' });
  });
});
