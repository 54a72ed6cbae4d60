// Two simulated devices (the app's Dexie database on fake-indexeddb) syncing through the real server
// on a real PostgreSQL: same and different cards graded offline, a server that lost a day, a wiped device.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RehearseDb } from '../../src/db/schema.ts';
import { recordGrade, rebuildCard } from '../../src/db/record.ts';
import { loadSettings, saveSetting } from '../../src/db/settings.ts';
import { waitingCount } from '../../src/db/sync-store.ts';
import { createSpace, pairDevice } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import pg from 'pg';
import { call, useServer } from './helpers.mjs';

const env = useServer();

const DAY = 86_400_000;
const grade = (device, cardId, time, g = 4) =>
  recordGrade(device, { deckId: 'senior-python', cardId, grade: g, ticked: [0], pointCount: 5, durationMs: 5000, mode: 'review', time });

async function logOf(device) {
  return (await device.reviews.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every card cache equals the fold of its log. */
async function assertCardsAreFolds(device) {
  const cards = await device.cards.toArray();
  for (const c of cards) assert.deepEqual(await rebuildCard(device, c.deckId, c.cardId), c, `card ${c.key}`);
}

test('two devices grade offline, sync, and end with the same log and cards', async () => {
  const phone = new RehearseDb('phone');
  const laptop = new RehearseDb('laptop');
  const { credential: phoneCred, pairingCode } = await createSpace(env.server.base, 'phone');
  const laptopCred = await pairDevice(env.server.base, pairingCode, 'laptop');
  const t = Date.UTC(2026, 10, 20, 9);
  await grade(phone, 'gil', t, 5);
  await grade(phone, 'asyncio', t + 1000, 3);
  await grade(laptop, 'gil', t + 2000, 2); // the same card, same day, on the other device
  await grade(laptop, 'generators', t + 3000, 4);
  await grade(laptop, 'generators', t + DAY, 5);
  assert.equal(await waitingCount(phone), 2);

  await syncOnce(phone, phoneCred);
  await syncOnce(laptop, laptopCred);
  await syncOnce(phone, phoneCred);
  assert.equal(await waitingCount(phone), 0);
  assert.equal(await waitingCount(laptop), 0);
  const a = await logOf(phone);
  assert.equal(a.length, 5, 'nothing lost, nothing doubled');
  assert.deepEqual(await logOf(laptop), a);
  await assertCardsAreFolds(phone);
  await assertCardsAreFolds(laptop);
  assert.deepEqual(await phone.cards.toArray(), await laptop.cards.toArray());

  // Settings: the later change wins on both.
  await saveSetting(laptop, 'theme', 'dark');
  await syncOnce(laptop, laptopCred);
  await syncOnce(phone, phoneCred);
  assert.equal((await loadSettings(phone)).theme, 'dark');

  // Rule 3: the server loses a day (restored from an older backup): the phone pushes it again.
  await env.server.pool.query('DELETE FROM reviews WHERE day = $1', [a.find((r) => r.time === t + DAY).day]);
  const report = await syncOnce(phone, phoneCred);
  assert.equal(report.repushedDays, 1);
  const count = await env.server.pool.query('SELECT count(*)::int AS n FROM reviews WHERE space_id = $1', [phoneCred.spaceId]);
  assert.equal(count.rows[0].n, 5);

  // Rule 3: a wiped device (a fresh database paired again) pulls everything and folds its cards.
  const wiped = new RehearseDb('phone-after-wipe');
  const again = await pairDevice(env.server.base, pairingCode, 'phone again');
  await syncOnce(wiped, again);
  assert.deepEqual(await logOf(wiped), a);
  assert.deepEqual(await wiped.cards.toArray(), await laptop.cards.toArray());
});

test('a week offline with 1,000 grades arrives once', async () => {
  const device = new RehearseDb('offline-week');
  const { credential } = await createSpace(env.server.base, 'offline');
  const start = Date.UTC(2026, 10, 1, 8);
  for (let i = 0; i < 1000; i++) await grade(device, `card-${i % 40}`, start + Math.floor(i / 143) * DAY + i * 60_000, 1 + (i % 5));
  await syncOnce(device, credential);
  const other = new RehearseDb('offline-week-other');
  await syncOnce(other, credential);
  assert.equal(await other.reviews.count(), 1000);
  const count = await env.server.pool.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM reviews WHERE space_id = $1', [
    credential.spaceId,
  ]);
  assert.deepEqual(count.rows[0], { n: 1000, d: 1000 });
});

test('rule 3: a row committed past the pull watermark is not "missing": no full pull, it comes with the next pull', async () => {
  const phone = new RehearseDb('watermark-phone');
  const laptop = new RehearseDb('watermark-laptop');
  const { credential: phoneCred, pairingCode } = await createSpace(env.server.base, 'phone');
  const laptopCred = await pairDevice(env.server.base, pairingCode, 'laptop');
  const t = Date.UTC(2026, 10, 21, 9);
  await grade(laptop, 'gil', t);
  await grade(laptop, 'asyncio', t + 1000);
  await syncOnce(laptop, laptopCred);
  assert.equal((await syncOnce(phone, phoneCred)).pulled, 2);

  // Another transaction is running (any device's push in flight): rows committed after it started sit
  // above the watermark, held back from pulls until it ends.
  const blocker = new pg.Client({ connectionString: env.db.url });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_current_xact_id()');
    await grade(laptop, 'generators', t + 2000);
    assert.equal((await syncOnce(laptop, laptopCred)).pushed, 1);

    const meanwhile = await syncOnce(phone, phoneCred);
    assert.equal(meanwhile.pulled, 0, 'the row is held back by the watermark');
    assert.equal(meanwhile.fullPull, false, 'the per-day counts agree with what the pull could serve');
    const cursor = await phone.meta.get('sync:cursor');
    const days = await call(env.server.base, 'GET', `/api/sync/days?cursor=${cursor.value}`, { token: phoneCred.token });
    assert.deepEqual(
      days.body.days.map((d) => [d.count, d.served]),
      [[3, 2]],
      'held: 3, served so far: 2',
    );
  } finally {
    await blocker.query('COMMIT');
    await blocker.end();
  }
  const after = await syncOnce(phone, phoneCred);
  assert.equal(after.pulled, 1);
  assert.equal(after.fullPull, false);
  assert.deepEqual(await logOf(phone), await logOf(laptop));
});
