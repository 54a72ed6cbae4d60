// "Sync now" for classes (Settings; src/sync/class-auto.ts syncClassesNow) on a device with personal sync off,
// against the real server on real PostgreSQL: it pulls the class's new deck version and sends a summary even when
// none was queued, for a class that shares; a class that does not share sends nothing.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '../../src/db/instance.ts';
import { classKey, getClass, saveClass } from '../../src/db/classes.ts';
import { syncIsOn } from '../../src/db/sync-credential.ts';
import { syncClassesNow } from '../../src/sync/class-auto.ts';
import { useServer } from './helpers.mjs';
import { classDeck, joinClass, publish, startClass } from './class-helpers.mjs';

const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });

async function joinHere(joined, displayName, sharing) {
  await saveClass(db, {
    key: classKey('student', joined.classId),
    role: 'student',
    classId: joined.classId,
    name: joined.className,
    server: env.server.base,
    token: joined.token,
    joinCode: null,
    displayName,
    sharing,
    deckCursor: '0:0',
    deckIds: [],
    summaryDue: 0,
    summaryAt: 0,
    problem: '',
    joinedAt: Date.now(),
  });
  return classKey('student', joined.classId);
}

test('Sync now pulls class decks and sends a summary with nothing queued, without pairing', async () => {
  assert.equal(await syncIsOn(db), false, 'personal sync is off on this device');
  const shared = await startClass(env.server.base, 'Shared');
  const quiet = await startClass(env.server.base, 'Quiet');
  const sharedKey = await joinHere(await joinClass(env.server.base, shared.joinCode, 'Ada', true), 'Ada', true);
  const quietKey = await joinHere(await joinClass(env.server.base, quiet.joinCode, 'Ada', false), 'Ada', false);
  await publish(env.server.base, shared.token, classDeck('shared-deck', '1'));
  await publish(env.server.base, quiet.token, classDeck('quiet-deck', '1'));

  assert.equal((await getClass(db, sharedKey)).summaryDue, 0, 'no summary was queued');
  const rows = await syncClassesNow();
  assert.equal(rows.length, 2);
  assert.deepEqual((await db.decks.toArray()).map((d) => d.id).sort(), ['quiet-deck', 'shared-deck'], 'both classes\u2019 decks arrived');
  const after = await getClass(db, sharedKey);
  assert.equal(after.summaryDue, 0);
  assert.ok(after.summaryAt > 0, 'the summary was sent');
  assert.equal(after.problem, '');
  const stored = await env.server.pool.query('SELECT class_id, decks FROM class_summaries');
  assert.deepEqual(
    stored.rows.map((r) => r.class_id),
    [shared.classId],
    'only the sharing class holds a summary',
  );
  assert.deepEqual(Object.keys(stored.rows[0].decks), ['shared-deck']);
  assert.equal((await getClass(db, quietKey)).summaryAt, 0);

  // A second Sync now sends again (a fresh summary), and a newer deck version arrives.
  await publish(env.server.base, shared.token, classDeck('shared-deck', '2'));
  const before = (await env.server.pool.query('SELECT pushed_at FROM class_summaries')).rows[0].pushed_at;
  await syncClassesNow();
  assert.equal((await db.decks.get('shared-deck')).deck.version, '2');
  const again = (await env.server.pool.query('SELECT pushed_at FROM class_summaries')).rows[0].pushed_at;
  assert.ok(again > before, 'a new summary replaced the old one');
  assert.equal(await syncIsOn(db), false, 'and personal sync is still off');
});
