// The choice a learner made last on a choice card, read from the log for Browse.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { gradeRow } from '../../src/db/record';
import { lastChoice } from '../../src/db/last-choice';

let db: RehearseDb;
beforeEach(async () => {
  db = new RehearseDb(`last-choice-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const row = (cardId: string, time: number, choice?: number) => ({
  ...gradeRow({ deckId: 'd', cardId, grade: choice === 1 ? 5 : 1, ticked: [], pointCount: 0, durationMs: 1000, mode: 'review', time }),
  ...(choice !== undefined && { choice }),
});

describe('lastChoice', () => {
  it('is the choice of the latest grade of that card, whatever order the rows were added in', async () => {
    await db.reviews.bulkAdd([row('q', 3_000, 1), row('q', 1_000, 0), row('other', 5_000, 2)]);
    expect(await lastChoice(db, 'd', 'q')).toBe(1);
    await db.reviews.add(row('q', 4_000, 2));
    expect(await lastChoice(db, 'd', 'q')).toBe(2);
  });

  it('is null for a card never answered, or whose latest row carries no choice', async () => {
    expect(await lastChoice(db, 'd', 'q')).toBeNull();
    await db.reviews.bulkAdd([row('q', 1_000, 1), row('q', 2_000)]);
    expect(await lastChoice(db, 'd', 'q')).toBeNull();
    expect(await lastChoice(db, 'elsewhere', 'q')).toBeNull();
  });
});
