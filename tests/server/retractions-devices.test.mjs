// Deleted grades stay deleted across devices: two (and a third, wiped) simulated devices — the app's Dexie
// database on fake-indexeddb — syncing through the real server on a real PostgreSQL, after an undo, a deck's
// "delete its progress too" and Reset progress, each made after the grades had synced.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RehearseDb } from '../../src/db/schema.ts';
import { recordGrade, rebuildCard, undoGrade } from '../../src/db/record.ts';
import { removeDeck } from '../../src/db/deck-edits.ts';
import { resetProgress } from '../../src/db/reset-progress.ts';
import { resetSync, waitingCount } from '../../src/db/sync-store.ts';
import { waitingRetractions } from '../../src/db/retractions.ts';
import { createSpace, pairDevice } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { useServer } from './helpers.mjs';

const env = useServer();
const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 20, 9);

const grade = (device, deckId, cardId, time, g = 4) =>
  recordGrade(device, { deckId, cardId, grade: g, ticked: [0], pointCount: 5, durationMs: 5000, mode: 'review', time });
const ids = async (device) => (await device.reviews.toCollection().primaryKeys()).sort();

/** A device with sync turned on, as Settings does it (the credential stored, bookkeeping fresh). */
async function device(name, credential) {
  const db = new RehearseDb(`${name}-${Math.random()}`);
  await resetSync(db, credential);
  return { db, sync: () => syncOnce(db, credential, T + 3 * DAY) };
}

/** Both devices hold the same log, and every card cache on each equals the fold of its log. */
async function assertConverged(...devices) {
  const logs = await Promise.all(devices.map((d) => ids(d.db)));
  for (const log of logs.slice(1)) assert.deepEqual(log, logs[0]);
  for (const d of devices) {
    const cards = await d.db.cards.toArray();
    for (const c of cards) assert.deepEqual(await rebuildCard(d.db, c.deckId, c.cardId), c, `card ${c.key}`);
    assert.deepEqual(
      (await d.db.cards.toArray()).map((c) => c.key).sort(),
      [...new Set((await d.db.reviews.toArray()).map((r) => r.cardKey))].sort(),
    );
  }
  return logs[0];
}

test("an undo, a deck's deleted progress and a reset, made after syncing, are deleted everywhere and never pulled back", async () => {
  const created = await createSpace(env.server.base, 'phone');
  const phone = await device('phone', created.credential);
  const laptop = await device('laptop', await pairDevice(env.server.base, created.pairingCode, 'laptop'));

  const gil1 = await grade(phone.db, 'senior-python', 'gil', T, 5);
  const gil2 = await grade(phone.db, 'senior-python', 'gil', T + DAY, 1);
  await grade(phone.db, 'senior-python', 'asyncio', T);
  await grade(laptop.db, 'go', 'channels', T + 1000);
  await grade(laptop.db, 'go', 'select', T + 2000);
  await phone.sync();
  await laptop.sync();
  await phone.sync();
  assert.equal((await assertConverged(phone, laptop)).length, 5);

  // The phone takes back its second gil grade after it reached the laptop.
  await undoGrade(phone.db, gil2.id);
  assert.equal(await waitingRetractions(phone.db), 1);
  const report = await phone.sync();
  assert.equal(report.retractionsPushed, 1);
  assert.equal(await waitingRetractions(phone.db), 0);
  assert.equal((await laptop.sync()).retracted, 1);
  const log = await assertConverged(phone, laptop);
  assert.equal(log.length, 4);
  assert.ok(!log.includes(gil2.id) && log.includes(gil1.id));
  assert.equal(
    (await laptop.db.cards.get('senior-python/gil')).lastGrade,
    5,
    "the laptop's card is back to the fold without the undone grade",
  );
  await phone.sync();
  await laptop.sync();
  assert.deepEqual(await ids(phone.db), log, 'the next pulls do not bring it back');

  // The laptop deletes the go deck with its progress.
  await removeDeck(laptop.db, 'go', true);
  await laptop.sync();
  await phone.sync();
  assert.deepEqual((await assertConverged(phone, laptop)).length, 2);
  assert.equal(await phone.db.reviews.where('deckId').equals('go').count(), 0);

  // A third device joins later, empty: it pulls what is left, nothing deleted.
  const tablet = await device('tablet', await pairDevice(env.server.base, created.pairingCode, 'tablet'));
  await tablet.sync();
  assert.equal((await assertConverged(phone, laptop, tablet)).length, 2);

  // Reset progress on the phone while the laptop grades offline: the laptop keeps only its new grade.
  const fresh = await grade(laptop.db, 'senior-python', 'gil', T + 2 * DAY, 4);
  await resetProgress(phone.db);
  await phone.sync();
  await laptop.sync();
  await phone.sync();
  await tablet.sync();
  assert.deepEqual(await assertConverged(phone, laptop, tablet), [fresh.id]);
  assert.equal(await waitingCount(laptop.db), 0);
});

test('a grade deleted on one device before the other pushed its copy is not resurrected by that push', async () => {
  const created = await createSpace(env.server.base, 'phone');
  const phone = await device('phone2', created.credential);
  const laptop = await device('laptop2', await pairDevice(env.server.base, created.pairingCode, 'laptop'));
  const row = await grade(phone.db, 'senior-python', 'gil', T);
  await phone.sync();
  await laptop.sync();
  // The laptop forgets that the server holds it (as after a restore from an older dump): it will push it again.
  await laptop.db.syncedIds.clear();
  await undoGrade(phone.db, row.id);
  await phone.sync();
  await laptop.sync();
  assert.deepEqual(await ids(laptop.db), []);
  assert.deepEqual(await laptop.db.cards.toArray(), []);
  await phone.sync();
  assert.deepEqual(await assertConverged(phone, laptop), []);
});
