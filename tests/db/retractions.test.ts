// Retractions on the device: a grade deleted on purpose while sync is on is remembered so the deletion can
// reach the other devices, a pull never brings it back, and a retraction from elsewhere deletes the row here
// and leaves every card equal to the fold of what remains.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { rebuildCard, recordGrade, undoGrade } from '../../src/db/record';
import { removeDeck } from '../../src/db/deck-edits';
import { resetProgress } from '../../src/db/reset-progress';
import { mergePulled, resetSync } from '../../src/db/sync-store';
import { applyRetractions, markRetractionsPushed, unpushedRetractions, waitingRetractions } from '../../src/db/retractions';

let db: RehearseDb;
const T = Date.UTC(2026, 10, 20, 9);
const NOW = T + 86_400_000;
const grade = (deckId: string, cardId: string, time: number, g = 4) =>
  recordGrade(db, { deckId, cardId, grade: g, ticked: [0, 1], pointCount: 5, durationMs: 1000, mode: 'review', time });
const syncOn = () => resetSync(db, { server: '', token: 't'.repeat(32), spaceId: 's', deviceId: 'd' });

beforeEach(async () => {
  db = new RehearseDb(`retractions-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** Every stored card equals a rebuild from its log, and no card is stored without a log. */
async function expectCardsAreFolds() {
  for (const c of await db.cards.toArray()) {
    const copy = await db.cards.get(c.key);
    expect(await rebuildCard(db, c.deckId, c.cardId)).toEqual(copy);
  }
}

describe('deleting on purpose', () => {
  it("with sync off, undo, deleting a deck's progress and reset write no retraction (a backup still restores them)", async () => {
    const a = await grade('d', 'a', T);
    await grade('e', 'b', T + 1);
    await undoGrade(db, a.id);
    await removeDeck(db, 'e', true);
    await grade('d', 'c', T + 2);
    await resetProgress(db);
    expect(await db.retractions.count()).toBe(0);
  });

  it('with sync on, each deletion is retracted with exactly the ids it deleted, waiting to be pushed', async () => {
    await syncOn();
    const a = await grade('d', 'a', T);
    const b = await grade('d', 'a', T + 1);
    const other = await grade('e', 'x', T + 2);
    const kept = await grade('f', 'y', T + 3);
    await undoGrade(db, b.id);
    expect(await db.retractions.toArray()).toEqual([{ id: b.id, at: expect.any(Number), pushed: 0 }]);
    await removeDeck(db, 'e', true);
    expect(new Set(await unpushedRetractions(db, 10))).toEqual(new Set([b.id, other.id]));
    await removeDeck(db, 'f', false); // removed from Today, progress kept: nothing is deleted
    expect(await waitingRetractions(db)).toBe(2);
    await resetProgress(db);
    expect(new Set(await unpushedRetractions(db, 10))).toEqual(new Set([a.id, b.id, other.id, kept.id]));
    await markRetractionsPushed(db, [a.id, b.id]);
    expect(await waitingRetractions(db)).toBe(2);
  });
});

describe('pulls and retractions from other devices', () => {
  it('a pulled row this device retracted is left out, and its card keeps the fold of the rest', async () => {
    await syncOn();
    const first = await grade('d', 'a', T, 5);
    const second = await grade('d', 'a', T + 86_400_000, 2);
    await undoGrade(db, second.id);
    const before = await db.cards.get('d/a');
    const result = await mergePulled(db, [second], NOW);
    expect(result.added).toBe(0);
    expect(await db.reviews.get(second.id)).toBeUndefined();
    expect(await db.reviews.get(first.id)).toEqual(first);
    expect(await db.cards.get('d/a')).toEqual(before);
  });

  it('applying a retraction deletes the row, refolds the card, drops a card with no log left, and holds', async () => {
    const a1 = await grade('d', 'a', T, 5);
    const a2 = await grade('d', 'a', T + 86_400_000, 1);
    const b1 = await grade('d', 'b', T, 4);
    const c1 = await grade('d', 'c', T, 3);
    expect(await applyRetractions(db, [a2.id, b1.id, 'f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f'], NOW)).toBe(2);
    expect((await db.reviews.toArray()).map((r) => r.id).sort()).toEqual([a1.id, c1.id].sort());
    expect(await db.cards.get('d/b')).toBeUndefined();
    expect((await db.cards.get('d/a'))?.lastGrade).toBe(5);
    await expectCardsAreFolds();
    expect(await waitingRetractions(db), 'retractions from the server are not pushed back').toBe(0);
    // The same retraction again changes nothing; the deleted row cannot be pulled back.
    expect(await applyRetractions(db, [a2.id], NOW)).toBe(0);
    expect((await mergePulled(db, [a2, b1], NOW)).added).toBe(0);
    expect(await db.reviews.count()).toBe(2);
  });

  it('a new space is offered every retraction again', async () => {
    await syncOn();
    const a = await grade('d', 'a', T);
    await undoGrade(db, a.id);
    await markRetractionsPushed(db, [a.id]);
    expect(await waitingRetractions(db)).toBe(0);
    await syncOn();
    expect(await unpushedRetractions(db, 10)).toEqual([a.id]);
  });
});
