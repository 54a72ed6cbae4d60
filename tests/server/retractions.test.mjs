// Retractions on a real PostgreSQL: a retracted row leaves the space and is never stored again, retractions
// are pulled under the same commit-safe watermark as the log (rule 2), and stay in the credential's space (rule 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { call, newSpace, pullAll, review, useServer } from './helpers.mjs';

const env = useServer();

const push = (token, body) => call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: [], ...body } });

async function retractionsAfter(token, cursor = '0:0') {
  const ids = [];
  for (;;) {
    const res = await call(env.server.base, 'GET', `/api/sync/retractions?cursor=${cursor}&limit=2`, { token });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    ids.push(...res.body.ids);
    cursor = res.body.cursor;
    if (!res.body.more) return { ids, cursor };
  }
}

async function dayCount(token, day) {
  const res = await call(env.server.base, 'GET', '/api/sync/days', { token });
  return res.body.days.find((d) => d.day === day)?.count ?? 0;
}

test('a retraction deletes the row, is pulled once, and a later push of the row is answered "retracted", not stored', async () => {
  const { token } = await newSpace(env.server.base);
  const [a, b, c] = [review(20_100), review(20_100), review(20_100)];
  assert.equal((await push(token, { reviews: [a, b, c] })).status, 200);
  assert.equal(await dayCount(token, 20_100), 3);

  const res = await push(token, { retractions: [b.id, c.id] });
  assert.equal(res.status, 200);
  assert.deepEqual(
    (await pullAll(env.server.base, token)).reviews.map((r) => r.id),
    [a.id],
  );
  assert.equal(await dayCount(token, 20_100), 1, 'per-day counts leave retracted rows out');
  const first = await retractionsAfter(token);
  assert.deepEqual(first.ids.sort(), [b.id, c.id].sort(), 'followed across pages of two');
  assert.deepEqual((await retractionsAfter(token, first.cursor)).ids, [], 'nothing comes twice');

  // A device that had not heard of the retraction pushes the row again: it is not stored, and named.
  const again = await push(token, { reviews: [b, review(20_100)] });
  assert.equal(again.status, 200);
  assert.equal(again.body.held.length, 1);
  assert.ok(!again.body.held.includes(b.id));
  assert.deepEqual(again.body.retracted, [b.id]);
  assert.equal((await pullAll(env.server.base, token)).reviews.length, 2);
  // Retracting again, or retracting an id the space never held, changes nothing else.
  assert.equal((await push(token, { retractions: [b.id, '0f1e2d3c-4b5a-4697-8877-665544332211'] })).status, 200);
  assert.equal((await retractionsAfter(token, first.cursor)).ids.length, 1);
});

test("rule 4: a retraction only ever touches the sending credential's space", async () => {
  const alice = await newSpace(env.server.base, 'alice');
  const mallory = await newSpace(env.server.base, 'mallory');
  const row = review(20_200);
  await push(alice.token, { reviews: [row] });
  assert.equal((await push(mallory.token, { retractions: [row.id] })).status, 200);
  assert.deepEqual(
    (await pullAll(env.server.base, alice.token)).reviews.map((r) => r.id),
    [row.id],
  );
  assert.deepEqual((await retractionsAfter(alice.token)).ids, []);
  assert.deepEqual((await retractionsAfter(mallory.token)).ids, [row.id]);
  // ...and Mallory's retraction does not stop Alice from storing the row either.
  assert.deepEqual((await push(alice.token, { reviews: [row] })).body.retracted, []);
});

test('rule 2 for retractions: two transactions committing out of order both arrive, neither twice', async () => {
  const { token, spaceId } = await newSpace(env.server.base);
  const early = new pg.Client({ connectionString: env.db.url });
  const late = new pg.Client({ connectionString: env.db.url });
  await early.connect();
  await late.connect();
  const a = review().id;
  const b = review().id;
  await early.query('BEGIN');
  await early.query('INSERT INTO retractions (space_id, id) VALUES ($1, $2)', [spaceId, a]);
  await late.query('BEGIN');
  await late.query('INSERT INTO retractions (space_id, id) VALUES ($1, $2)', [spaceId, b]);
  await late.query('COMMIT');
  const meanwhile = await retractionsAfter(token);
  assert.deepEqual(meanwhile.ids, [], 'a retraction above the oldest running transaction is held back');
  await early.query('COMMIT');
  const after = await retractionsAfter(token, meanwhile.cursor);
  assert.deepEqual(after.ids.sort(), [a, b].sort());
  assert.deepEqual((await retractionsAfter(token, after.cursor)).ids, []);
  await early.end();
  await late.end();
});

test('a push of a row and its retraction from two devices at once never leave the row stored', async () => {
  const { token } = await newSpace(env.server.base);
  const rows = Array.from({ length: 40 }, () => review(20_300));
  await Promise.all(rows.flatMap((r) => [push(token, { reviews: [r] }), push(token, { retractions: [r.id] })]));
  assert.deepEqual((await pullAll(env.server.base, token)).reviews, []);
  assert.equal((await retractionsAfter(token)).ids.length, 40);
});

test('hostile retraction bodies get a 4xx and change nothing', async () => {
  const { token } = await newSpace(env.server.base);
  const row = review(20_400);
  await push(token, { reviews: [row] });
  const bodies = [
    { reviews: [], retractions: 'all' },
    { reviews: [], retractions: [row.id.toUpperCase()] },
    { reviews: [], retractions: [row.id, row.id] },
    { reviews: [], retractions: [{ id: row.id }] },
    { reviews: [], retractions: [`${row.id}' OR '1'='1`] },
    { reviews: [], retractions: Array.from({ length: 2001 }, () => review().id) },
    { reviews: [], retractions: [row.id], spaceId: '00000000-0000-4000-8000-000000000000' },
  ];
  for (const body of bodies) {
    const res = await call(env.server.base, 'POST', '/api/sync/push', { token, body });
    assert.ok(res.status >= 400 && res.status < 500, `${JSON.stringify(body).slice(0, 80)} → ${res.status}`);
  }
  assert.equal((await call(env.server.base, 'GET', '/api/sync/retractions?cursor=x', { token })).status, 400);
  assert.equal((await call(env.server.base, 'GET', '/api/sync/retractions')).status, 401);
  assert.deepEqual(
    (await pullAll(env.server.base, token)).reviews.map((r) => r.id),
    [row.id],
  );
  assert.deepEqual((await retractionsAfter(token)).ids, []);
});
