// Sync's outbox bookkeeping: "waiting" from keys alone, refused rows not counted, and the write watch
// that only fires for the review log (sync schedules itself from it; nothing is read on a grade).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { markSynced, saveRefusedRows, unsyncedIds, waitingCount, watchReviewWrites } from '../../src/db/sync-store';

let db: RehearseDb;
const grade = (cardId: string, time: number) =>
  recordGrade(db, { deckId: 'd', cardId, grade: 4, ticked: [], pointCount: 5, durationMs: 1000, mode: 'review', time });

beforeEach(async () => {
  db = new RehearseDb(`sync-store-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** Resolves once the event loop has had a chance to deliver Dexie's change notifications. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('waiting', () => {
  it('counts rows the server does not hold, leaving out the ones that stay local', async () => {
    const t = Date.UTC(2026, 10, 20, 9);
    const rows = [await grade('a', t), await grade('b', t + 1), await grade('c', t + 2), await grade('d', t + 3)];
    expect(await waitingCount(db)).toBe(4);
    await markSynced(db, [rows[0]!.id]);
    expect(new Set(await unsyncedIds(db))).toEqual(new Set(rows.slice(1).map((r) => r.id)));
    await saveRefusedRows(db, new Map([[rows[3]!.id, 'a grade has an id Rehearse could not have written']]));
    expect(await waitingCount(db)).toBe(2);
  });
});

describe('watchReviewWrites', () => {
  it('fires on a grade and an undo, not on sync bookkeeping or settings', async () => {
    let writes = 0;
    const stop = watchReviewWrites(db, () => writes++);
    await db.meta.put({ key: 'sync:cursor', value: '1:2' });
    await markSynced(db, ['x']);
    await settle();
    expect(writes).toBe(0);
    const row = await grade('a', Date.UTC(2026, 10, 20, 9));
    await settle();
    expect(writes).toBeGreaterThan(0);
    const afterGrade = writes;
    await db.reviews.delete(row.id);
    await settle();
    expect(writes).toBeGreaterThan(afterGrade);
    stop();
    const stopped = writes;
    await grade('b', Date.UTC(2026, 10, 20, 10));
    await settle();
    expect(writes).toBe(stopped);
  });

  it('ignores another database with the same tables', async () => {
    const other = new RehearseDb(`other-${Math.random()}`);
    let writes = 0;
    const stop = watchReviewWrites(db, () => writes++);
    await recordGrade(other, {
      deckId: 'd',
      cardId: 'a',
      grade: 4,
      ticked: [],
      pointCount: 5,
      durationMs: 1000,
      mode: 'review',
      time: Date.UTC(2026, 10, 20),
    });
    await settle();
    expect(writes).toBe(0);
    stop();
    await other.delete();
  });
});
