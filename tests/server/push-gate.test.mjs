// Push goes through the log gate: a row the gate refuses (here, or on a server whose clock disagrees)
// stays on the device, is reported once with its reason, is not offered again, and never blocks the
// others. The server's schema takes every row the gate admits.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RehearseDb } from '../../src/db/schema.ts';
import { recordGrade } from '../../src/db/record.ts';
import { refusedRows, waitingCount } from '../../src/db/sync-store.ts';
import { createSpace } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { acceptedRow } from '../db/backup-gen.ts';
import { call, newSpace, review, useServer } from './helpers.mjs';

const env = useServer();
const DAY = 86_400_000;

async function serverIds(spaceId) {
  const { rows } = await env.server.pool.query('SELECT id FROM reviews WHERE space_id = $1 ORDER BY id', [spaceId]);
  return rows.map((r) => r.id);
}

test('rows the gate refuses stay local, are reported, and do not block the rest', async () => {
  const device = new RehearseDb('gate-device');
  const { credential } = await createSpace(env.server.base, 'phone');
  const now = Date.now();
  const good = [];
  for (let i = 0; i < 3; i++)
    good.push(
      await recordGrade(device, {
        deckId: 'senior-python',
        cardId: `card-${i}`,
        grade: 4,
        ticked: [0],
        pointCount: 5,
        durationMs: 4000,
        mode: 'review',
        time: now - i * 1000,
      }),
    );
  // Rows an older version (or a hand-edited import) could have left: an upper-case id and a deck id that is not a slug.
  const upper = { ...review(Math.floor((now - 2000) / DAY)), id: crypto.randomUUID().toUpperCase() };
  const badDeck = { ...review(Math.floor((now - 3000) / DAY), { deckId: 'Senior_Python', cardId: 'gil' }) };
  await device.reviews.bulkAdd([upper, badDeck]);
  // Enough good rows after them that a batch of 500 holds both kinds.
  await device.reviews.bulkAdd(Array.from({ length: 600 }, (_, i) => review(Math.floor(now / DAY) - 1 - (i % 3))));

  const first = await syncOnce(device, credential, now);
  assert.equal(first.pushed, 603, 'every good row arrives');
  assert.equal((await serverIds(credential.spaceId)).length, 603);
  assert.equal(await waitingCount(device), 0, 'refused rows are not "waiting"');
  const refused = await refusedRows(device);
  assert.deepEqual([...refused.keys()].sort(), [upper.id, badDeck.id].sort());
  assert.match(refused.get(upper.id), /^a grade has an id Rehearse could not have written/);
  assert.match(refused.get(badDeck.id), /deck id that is not a short slug/);
  assert.equal(await device.reviews.count(), 605, 'refused rows stay in the local log');

  const second = await syncOnce(device, credential, now + 1000);
  assert.deepEqual(
    second,
    {
      pushed: 0,
      pulled: 0,
      retractionsPushed: 0,
      retracted: 0,
      repushedDays: 0,
      fullPull: false,
      settingsChanged: 0,
      decksPushed: 0,
      decksPulled: 0,
      classesArrived: 0,
    },
    'nothing is offered again, no day looks short',
  );
});

test('a row the server refuses (its clock is behind this one) stays local; the rest arrive', async () => {
  const device = new RehearseDb('skew-device');
  const { credential } = await createSpace(env.server.base, 'fast clock');
  // This device's clock runs two days fast: its own grade from "now" is 2 days ahead of the server's clock.
  const deviceNow = Date.now() + 2 * DAY;
  const ahead = await recordGrade(device, {
    deckId: 'senior-python',
    cardId: 'gil',
    grade: 5,
    ticked: [0, 1],
    pointCount: 5,
    durationMs: 4000,
    mode: 'review',
    time: deviceNow - 1000,
  });
  for (let i = 0; i < 5; i++)
    await recordGrade(device, {
      deckId: 'senior-python',
      cardId: `c-${i}`,
      grade: 3,
      ticked: [],
      pointCount: 5,
      durationMs: 4000,
      mode: 'review',
      time: Date.now() - DAY - i,
    });

  const report = await syncOnce(device, credential, deviceNow);
  assert.equal(report.pushed, 5);
  assert.equal((await serverIds(credential.spaceId)).length, 5);
  const refused = await refusedRows(device);
  assert.deepEqual([...refused.keys()], [ahead.id]);
  assert.match(refused.get(ahead.id), /in the future/);
  const again = await syncOnce(device, credential, deviceNow + 1000);
  assert.equal(again.pushed, 0);
  assert.equal(again.repushedDays, 0);
});

test('the server schema takes every row the log gate admits', async () => {
  const { token } = await newSpace(env.server.base);
  const now = Date.now();
  const rows = fc.sample(fc.uniqueArray(acceptedRow(now - DAY), { selector: (r) => r.id, minLength: 1500, maxLength: 1500 }), {
    numRuns: 1,
    seed: 11,
  })[0];
  for (let i = 0; i < rows.length; i += 500) {
    const res = await call(env.server.base, 'POST', '/api/sync/push', { token, body: { reviews: rows.slice(i, i + 500) } });
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 300));
    assert.equal(res.body.held.length, Math.min(500, rows.length - i));
  }
});
