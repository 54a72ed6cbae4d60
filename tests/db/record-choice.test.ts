// Recording a drill card's grade: the choice the caller gives is logged with the row (and only then), and the
// row passes the log gate as every backup and sync will check it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { admitRow } from '../../src/srs/log-gate';

const now = Date.parse('2026-11-25T12:00:00Z');
let db: RehearseDb;
beforeEach(async () => {
  db = new RehearseDb(`choice-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

it('logs the choice given with a drill grade, with coverage grade ÷ 5, and no choice key when none is given', async () => {
  const picked = await recordGrade(db, {
    deckId: 'drills',
    cardId: 'lock-counter',
    grade: 1,
    ticked: [],
    pointCount: 0,
    durationMs: 2500,
    mode: 'review',
    time: now,
    choice: 2,
  });
  const short = await recordGrade(db, {
    deckId: 'drills',
    cardId: 'gil-short',
    grade: 4,
    ticked: [],
    pointCount: 0,
    durationMs: 2500,
    mode: 'drill',
    time: now,
  });
  expect(await db.reviews.get(picked.id)).toMatchObject({ choice: 2, pointCount: 0, ticked: [], coverage: 0.2 });
  expect('choice' in (await db.reviews.get(short.id))!).toBe(false);
  expect(admitRow(picked, now)).toEqual(picked);
  expect(admitRow(short, now)).toEqual(short);
  expect((await db.cards.get('drills/lock-counter'))?.lastGrade).toBe(1);
});
