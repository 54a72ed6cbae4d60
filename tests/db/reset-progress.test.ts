// "Delete all progress" deletes what its confirmation counts: every grade and card state of every deck,
// every mock interview and every recording; settings stay (issue 14).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearseDb, type MockRow, type RecordingRow } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { resetProgress } from '../../src/db/reset-progress';
import { countReviews } from '../../src/db/queries';

let db: RehearseDb;
// The counts the confirmation shows (src/screens/settings/settings.tsx).
const progressCounts = async (db: RehearseDb) => ({
  grades: await countReviews(db),
  mocks: await db.mocks.count(),
  recordings: await db.recordings.count(),
});
beforeEach(async () => {
  db = new RehearseDb(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

it('deletes every grade, card, mock interview and recording it counted, and keeps settings', async () => {
  const time = new Date('2026-11-02T09:00:00').getTime();
  for (const deckId of ['d', 'other'])
    await recordGrade(db, { deckId, cardId: 'a', grade: 4, ticked: [], pointCount: 5, durationMs: 1, mode: 'review', time });
  await db.mocks.bulkPut([{ id: 'm1' }, { id: 'm2' }] as unknown as MockRow[]);
  await db.recordings.put({
    mockId: 'm1',
    question: 0,
    part: 'main',
    mime: 'audio/webm',
    data: new ArrayBuffer(8),
    bytes: 8,
    durationMs: 1,
    createdAt: time,
  } as unknown as RecordingRow);
  await db.meta.put({ key: 'setting:theme', value: 'dark' });
  expect(await progressCounts(db)).toEqual({ grades: 2, mocks: 2, recordings: 1 });
  await resetProgress(db);
  expect(await progressCounts(db)).toEqual({ grades: 0, mocks: 0, recordings: 0 });
  expect(await db.cards.count()).toBe(0);
  expect(await db.meta.get('setting:theme')).toEqual({ key: 'setting:theme', value: 'dark' });
});
