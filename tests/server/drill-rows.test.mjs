// Drill grades through the sync server on a real PostgreSQL (migration 006): a drill row (pointCount 0, nothing
// ticked) with the choice the learner picked, pushed by one device, comes back with its choice on another
// device's pull, and lands in that device's log; a choice on an outline card's row is refused, naming the row.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RehearseDb } from '../../src/db/schema.ts';
import { recordGrade } from '../../src/db/record.ts';
import { createSpace, pairDevice } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { call, pullAll, review, useServer } from './helpers.mjs';

const env = useServer();
const drill = (overrides = {}) => review(20_400, { pointCount: 0, ticked: [], grade: 5, choice: 1, ...overrides });

test('a pushed drill row with a choice comes back on another device pull, choice kept; one without stays without', async () => {
  const { credential: phoneCred, pairingCode } = await createSpace(env.server.base, 'phone');
  const laptopCred = await pairDevice(env.server.base, pairingCode, 'laptop');
  const picked = drill();
  const short = drill({ choice: undefined, grade: 3 });
  delete short.choice;
  const pushed = await call(env.server.base, 'POST', '/api/sync/push', { token: phoneCred.token, body: { reviews: [picked, short] } });
  assert.equal(pushed.status, 200, JSON.stringify(pushed.body));
  assert.deepEqual(pushed.body.held.sort(), [picked.id, short.id].sort());
  const { reviews } = await pullAll(env.server.base, laptopCred.token);
  const byId = new Map(reviews.map((r) => [r.id, r]));
  assert.deepEqual(byId.get(picked.id), picked);
  assert.deepEqual(byId.get(short.id), short);
  assert.equal('choice' in byId.get(short.id), false);
  assert.equal(byId.get(picked.id).coverage, 1, 'coverage is grade ÷ 5 on a drill card');
});

test('two devices: a drill grade recorded with a choice on one is in the other log after sync', async () => {
  const phone = new RehearseDb(`drill-phone-${Math.random()}`);
  const laptop = new RehearseDb(`drill-laptop-${Math.random()}`);
  const { credential: phoneCred, pairingCode } = await createSpace(env.server.base, 'phone');
  const laptopCred = await pairDevice(env.server.base, pairingCode, 'laptop');
  const row = await recordGrade(phone, {
    deckId: 'python-drills',
    cardId: 'lock-counter',
    grade: 1,
    ticked: [],
    pointCount: 0,
    durationMs: 7000,
    mode: 'review',
    time: Date.now() - 60_000,
    choice: 3,
  });
  await syncOnce(phone, phoneCred);
  await syncOnce(laptop, laptopCred);
  assert.deepEqual(await laptop.reviews.get(row.id), row);
  assert.equal((await laptop.cards.get('python-drills/lock-counter'))?.lastGrade, 1);
  await Promise.all([phone.delete(), laptop.delete()]);
});

test('a choice on an outline row, or a bad choice, is refused with the reason and the row named; nothing is stored', async () => {
  const { credential } = await createSpace(env.server.base, 'phone');
  const cases = [
    [review(20_400, { choice: 1 }), 'review 1 of 1 records a choice, but its card has an outline (only drill cards have choices)'],
    [
      drill({ choice: 2, ticked: [0], coverage: 1 }),
      'review 1 of 1 has ticked points, but its card has no outline (a drill card ticks none)',
    ],
  ];
  for (const [row, message] of cases) {
    const res = await call(env.server.base, 'POST', '/api/sync/push', { token: credential.token, body: { reviews: [row] } });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, message);
    assert.equal(res.body.refused, row.id);
  }
  // Outside what the schema allows at all (the first filter): a choice of 4, or a point count of 3.
  for (const row of [drill({ choice: 4 }), drill({ pointCount: 3, choice: undefined })]) {
    const res = await call(env.server.base, 'POST', '/api/sync/push', { token: credential.token, body: { reviews: [row] } });
    assert.equal(res.status, 400, JSON.stringify(row));
  }
  const { reviews } = await pullAll(env.server.base, credential.token);
  assert.deepEqual(reviews, []);
  const stored = await env.server.pool.query('SELECT count(*)::int AS n FROM reviews WHERE choice IS NOT NULL AND point_count > 0');
  assert.equal(stored.rows[0].n, 0);
});

test('the database itself refuses a choice on an outline row (migration 006)', async () => {
  const { spaceId } = await createSpace(env.server.base, 'phone').then((r) => r.credential);
  const r = review(20_400);
  await assert.rejects(
    env.server.pool.query(
      `INSERT INTO reviews (space_id, id, card_key, deck_id, card_id, time, day, grade, ticked, point_count, coverage, duration_ms, mode, choice)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)`,
      [spaceId, r.id, r.cardKey, r.deckId, r.cardId, r.time, r.day, r.grade, r.ticked, r.pointCount, r.coverage, r.durationMs, r.mode],
    ),
    /reviews_choice/,
  );
});
