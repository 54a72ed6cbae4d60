// The four sync rules against a real PostgreSQL: idempotent push, pull never skips, either side can lose
// state, every row is scoped to the credential's space.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { call, newSpace, pullAll, review, startServer, useServer } from './helpers.mjs';

const env = useServer();

test('rule 1: pushing the same rows again adds nothing and answers with every id held', async () => {
  const { token } = await newSpace(env.server.base);
  const rows = [review(), review(), review()];
  const first = await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: rows } });
  assert.equal(first.status, 200);
  assert.deepEqual([...first.body.held].sort(), rows.map((r) => r.id).sort());
  const again = await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: [...rows, review()] } });
  assert.equal(again.body.held.length, 4);
  const { reviews } = await pullAll(env.server.base, token);
  assert.equal(reviews.length, 4);
  assert.deepEqual(
    reviews.find((r) => r.id === rows[0].id),
    rows[0],
    'a row comes back exactly as pushed',
  );
});

test('rule 2: two transactions committing out of order: both rows arrive, neither twice', async () => {
  const { token, spaceId } = await newSpace(env.server.base);
  const early = new pg.Client({ connectionString: env.db.url });
  const late = new pg.Client({ connectionString: env.db.url });
  await early.connect();
  await late.connect();
  const insert = (client, row) =>
    client.query(
      `INSERT INTO reviews (space_id, id, card_key, deck_id, card_id, time, day, grade, ticked, point_count, coverage, duration_ms, mode, counted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        spaceId,
        row.id,
        row.cardKey,
        row.deckId,
        row.cardId,
        row.time,
        row.day,
        row.grade,
        row.ticked,
        row.pointCount,
        row.coverage,
        row.durationMs,
        row.mode,
        row.counted,
      ],
    );
  const a = review();
  const b = review();
  await early.query('BEGIN');
  await insert(early, a); // started first: lower txid and lower seq
  await late.query('BEGIN');
  await insert(late, b);
  await late.query('COMMIT'); // ...but commits first
  const seqs = await late.query('SELECT id, seq FROM reviews WHERE space_id = $1', [spaceId]);
  assert.equal(seqs.rows.length, 1, 'only the late transaction is visible so far');

  const meanwhile = await pullAll(env.server.base, token);
  assert.deepEqual(meanwhile.reviews, [], 'a row above the oldest running transaction is held back');
  await early.query('COMMIT');
  const after = await pullAll(env.server.base, token, meanwhile.cursor);
  assert.deepEqual(after.reviews.map((r) => r.id).sort(), [a.id, b.id].sort());
  const none = await pullAll(env.server.base, token, after.cursor);
  assert.deepEqual(none.reviews, [], 'nothing comes twice');

  // The naive cursor would have lost `a`: b's seq is higher and was visible before a committed.
  const order = await early.query('SELECT id, seq::int FROM reviews WHERE space_id = $1 ORDER BY seq', [spaceId]);
  assert.deepEqual(
    order.rows.map((r) => r.id),
    [a.id, b.id],
  );
  await early.end();
  await late.end();
});

test('rule 3: after a restore from an older dump the per-day counts show what to push again; a wiped device pulls all', async () => {
  const { token } = await newSpace(env.server.base);
  const monday = [review(20_000), review(20_000)];
  const tuesday = [review(20_001), review(20_001), review(20_001)];
  await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: monday } });
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-dump-'));
  try {
    execFileSync('pg_dump', ['--clean', '--if-exists', '-f', join(dir, 'dump.sql'), env.db.url]);
    await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: tuesday } });
    execFileSync('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-f', join(dir, 'dump.sql'), env.db.url], { stdio: 'ignore' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The restored server no longer knows Tuesday (nor this device: it had paired before the dump).
  const days = await call(env.server.base, 'GET', '/api/sync/days', { token });
  assert.deepEqual(days.body.days, [{ day: 20_000, count: 2, served: 2 }]);
  // The device compares with its own counts (Monday 2, Tuesday 3) and pushes Tuesday again.
  const again = await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: tuesday } });
  assert.equal(again.body.held.length, 3);
  const restored = await call(env.server.base, 'GET', '/api/sync/days', { token });
  assert.deepEqual(restored.body.days, [
    { day: 20_000, count: 2, served: 2 },
    { day: 20_001, count: 3, served: 3 },
  ]);
  // A wiped device starts from the beginning and gets every row once.
  const all = await pullAll(env.server.base, token);
  assert.deepEqual(all.reviews.map((r) => r.id).sort(), [...monday, ...tuesday].map((r) => r.id).sort());
});

test('rule 3: a cursor from a replaced database (beyond its transaction counter) starts over', async () => {
  const { token } = await newSpace(env.server.base);
  await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: [review()] } });
  const res = await call(env.server.base, 'GET', '/api/sync/pull?cursor=999999999999:5', { token });
  assert.equal(res.body.reset, true);
  assert.equal(res.body.reviews.length, 1);
});

test('rule 4: one space can neither read nor write another space, whatever the body says', async () => {
  const alice = await newSpace(env.server.base, 'alice phone');
  const bob = await newSpace(env.server.base, 'bob phone');
  const row = review();
  await call(env.server.base, 'POST', '/api/sync/push', { token: alice.token, body: { reviews: [row] } });
  // Bob pushes a row with the same id and different content, and tries to name Alice's space.
  const claim = await call(env.server.base, 'POST', '/api/sync/push', {
    token: bob.token,
    body: { reviews: [{ ...row, grade: 0 }], spaceId: alice.spaceId },
  });
  assert.equal(claim.status, 400);
  const clash = await call(env.server.base, 'POST', '/api/sync/push', { token: bob.token, body: { reviews: [{ ...row, grade: 0 }] } });
  assert.deepEqual(clash.body.held, [row.id]);
  assert.deepEqual(
    (await pullAll(env.server.base, alice.token)).reviews.map((r) => r.grade),
    [4],
    "Alice's row is untouched",
  );
  assert.deepEqual(
    (await pullAll(env.server.base, bob.token)).reviews.map((r) => r.grade),
    [0],
    'Bob sees only his own',
  );
  const devices = await call(env.server.base, 'GET', '/api/devices', { token: bob.token });
  assert.deepEqual(
    devices.body.devices.map((d) => d.name),
    ['bob phone'],
  );
  const revoke = await call(env.server.base, 'DELETE', `/api/devices/${alice.deviceId}`, { token: bob.token });
  assert.equal(revoke.status, 404);
  assert.equal((await call(env.server.base, 'GET', '/api/sync/days', { token: 'x'.repeat(43) })).status, 401);
});

test('pairing: the code joins the space once the words are right; revoked devices and rotated codes stop working', async () => {
  const first = await newSpace(env.server.base, 'laptop');
  assert.match(first.pairingCode, /^[a-z]+(-[a-z]+){8}$/);
  const last = first.pairingCode.split('-').at(-1);
  const wrongCode = first.pairingCode.replace(/[a-z]+$/, last === 'zebra' ? 'apple' : 'zebra');
  assert.equal((await call(env.server.base, 'POST', '/api/pair', { body: { code: wrongCode, deviceName: 'x' } })).status, 403);
  const phone = await call(env.server.base, 'POST', '/api/pair', {
    body: { code: first.pairingCode.toUpperCase().replaceAll('-', ' '), deviceName: 'phone' },
  });
  assert.equal(phone.status, 201);
  assert.equal(phone.body.spaceId, first.spaceId);
  const stored = await env.server.pool.query('SELECT secret_hash FROM spaces WHERE id = $1', [first.spaceId]);
  assert.ok(!stored.rows[0].secret_hash.includes(first.pairingCode.split('-')[3]), 'only a hash is stored');
  const list = await call(env.server.base, 'GET', '/api/devices', { token: phone.body.token });
  assert.deepEqual(
    list.body.devices.map((d) => [d.name, d.current]),
    [
      ['laptop', false],
      ['phone', true],
    ],
  );
  assert.equal((await call(env.server.base, 'DELETE', `/api/devices/${phone.body.deviceId}`, { token: first.token })).status, 204);
  assert.equal((await call(env.server.base, 'GET', '/api/devices', { token: phone.body.token })).status, 401);
  const rotated = await call(env.server.base, 'POST', '/api/space/rotate', { token: first.token });
  assert.notEqual(rotated.body.pairingCode, first.pairingCode);
  assert.equal((await call(env.server.base, 'POST', '/api/pair', { body: { code: first.pairingCode, deviceName: 'old' } })).status, 403);
  assert.equal(
    (await call(env.server.base, 'POST', '/api/pair', { body: { code: rotated.body.pairingCode, deviceName: 'new' } })).status,
    201,
  );
});

test('pairing attempts are rate-limited', async () => {
  const limited = await startServer(env.db.url, { pairPerMinute: 3 });
  try {
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (
          await call(limited.base, 'POST', '/api/pair', {
            body: { code: 'apple apple apple apple apple apple apple apple apple', deviceName: 'guess' },
          })
        ).status,
      );
    assert.deepEqual(codes, [403, 403, 403, 429, 429]);
  } finally {
    await limited.close();
  }
});

test('settings: the last writer wins per key', async () => {
  const { token } = await newSpace(env.server.base);
  const push = (settings) => call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: [], settings } });
  await push([
    { key: 'theme', value: 'dark', updatedAt: 2000 },
    { key: 'newPerDay', value: 10, updatedAt: 2000 },
  ]);
  await push([
    { key: 'theme', value: 'light', updatedAt: 1000 },
    { key: 'newPerDay', value: 5, updatedAt: 3000 },
  ]);
  const { settings } = await pullAll(env.server.base, token);
  const byKey = Object.fromEntries(settings.map((s) => [s.key, [s.value, s.updatedAt]]));
  assert.deepEqual(byKey, { theme: ['dark', 2000], newPerDay: [5, 3000] });
  assert.equal((await push([{ key: 'theme', value: 'purple', updatedAt: 5000 }])).status, 400);
});
