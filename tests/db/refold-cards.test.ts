// The one-time refold after the upgrade to the fold of issue 14: card rows cached by older versions (a
// stored "counted" decision, a second repetition on one day, a lost row, a row with no log) are made equal
// to the fold of their log, in slices, once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { refoldAllCards, refoldCardsOnce } from '../../src/db/refold-cards';
import { FOLD_VERSION, REFOLDED_KEY } from '../../src/db/refold-key';
import { foldReviews } from '../../src/srs/fold';

const DAY = 86_400_000;
const start = new Date('2026-11-02T09:00:00').getTime();
let db: RehearseDb;

beforeEach(async () => {
  db = new RehearseDb(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function expectEveryCardIsItsFold(): Promise<void> {
  const reviews = await db.reviews.toArray();
  const keys = new Set(reviews.map((r) => r.cardKey));
  const cards = await db.cards.toArray();
  expect(cards.map((c) => c.key).sort()).toEqual([...keys].sort());
  for (const { key, deckId, cardId, ...schedule } of cards) {
    expect(`${deckId}/${cardId}`).toBe(key);
    expect(schedule).toEqual(foldReviews(reviews.filter((r) => r.cardKey === key)));
  }
}

it('makes every cached card row that disagrees with its log equal its fold, once', async () => {
  // 450 cards (more than two slices), each graded on two days.
  for (let c = 0; c < 450; c++) {
    for (const [day, grade] of [
      [0, 4],
      [1, 5],
    ] as const) {
      await recordGrade(db, {
        deckId: 'd',
        cardId: `c${c}`,
        grade,
        ticked: [],
        pointCount: 5,
        durationMs: 1000,
        mode: 'review',
        time: start + day * DAY + c * 1000,
      });
    }
  }
  const right = await db.cards.toArray();
  // What an older version could have cached: a same-day re-grade counted as a second repetition, a card
  // row lost, a row left for a card with no log, and a stored "counted" mark on a row.
  await db.cards.update('d/c0', { repetitions: 3, interval: 16, due: right[0].due! + 10 });
  await db.cards.update('d/c299', { easeFactor: 2.7, lastCountedDay: null });
  await db.cards.delete('d/c449');
  await db.cards.put({ ...right[1], key: 'd/ghost', cardId: 'ghost' });
  await db.reviews.update((await db.reviews.toArray())[5].id, { counted: false });

  expect(await refoldCardsOnce(db)).toBe(4);
  await expectEveryCardIsItsFold();
  expect((await db.meta.get(REFOLDED_KEY))?.value).toBe(FOLD_VERSION);

  // Marked done: a later start leaves the cache alone (it is kept equal to the fold by every write since).
  await db.cards.update('d/c7', { repetitions: 9 });
  expect(await refoldCardsOnce(db)).toBe(0);
  expect((await db.cards.get('d/c7'))?.repetitions).toBe(9);
  // And a refold of a cache that already equals its fold changes nothing.
  expect(await refoldAllCards(db)).toBe(1);
  expect(await refoldAllCards(db)).toBe(0);
  await expectEveryCardIsItsFold();
});

it('marks an empty database done', async () => {
  expect(await refoldCardsOnce(db)).toBe(0);
  expect((await db.meta.get(REFOLDED_KEY))?.value).toBe(FOLD_VERSION);
});
