// An instructor's class on their paired devices (server/taught-class-routes.ts, src/sync/taught-classes.ts) on
// real PostgreSQL: the device that started a class syncs, a device paired into the same space then holds the
// class credential and can open the class view; a new join code follows; another space never sees it; a
// credential that is not an open class's instructor token is refused and nothing is kept.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RehearseDb } from '../../src/db/schema.ts';
import { classKey, getClass, listClasses, saveClass, updateClass } from '../../src/db/classes.ts';
import { createSpace, pairDevice } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { call, useServer } from './helpers.mjs';
import { joinClass, startClass } from './class-helpers.mjs';

const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6, pairPerMinute: 1e6 });
const api = (method, path, opts) => call(env.server.base, method, path, opts);
const count = async () => (await env.server.pool.query('SELECT count(*)::int AS n FROM space_classes')).rows[0].n;

async function teachHere(db, cls) {
  const key = classKey('instructor', cls.classId);
  await saveClass(db, {
    key,
    role: 'instructor',
    classId: cls.classId,
    name: cls.name,
    server: env.server.base,
    token: cls.token,
    joinCode: cls.joinCode,
    displayName: null,
    sharing: false,
    deckCursor: '0:0',
    deckIds: [],
    summaryDue: 0,
    summaryAt: 0,
    problem: '',
    joinedAt: Date.now(),
  });
  return key;
}

test('a class started on one device opens on the paired one, its new join code follows, and no other space sees it', async () => {
  const phone = new RehearseDb(`taught-phone-${Math.random()}`);
  const laptop = new RehearseDb(`taught-laptop-${Math.random()}`);
  const { credential: phoneCred, pairingCode } = await createSpace(env.server.base, 'phone');
  const laptopCred = await pairDevice(env.server.base, pairingCode, 'laptop');
  const cls = await startClass(env.server.base, 'Cohort 9');
  const key = await teachHere(phone, cls);

  await syncOnce(phone, phoneCred);
  assert.equal((await getClass(phone, key)).spaceHeld, cls.joinCode, 'the space holds it');
  const report = await syncOnce(laptop, laptopCred);
  assert.equal(report.classesArrived, 1);
  const there = await getClass(laptop, key);
  assert.equal(there.role, 'instructor');
  assert.equal(there.token, cls.token);
  assert.equal(there.joinCode, cls.joinCode);
  // The credential works from the laptop: it opens the view and sees a student who joined.
  await joinClass(env.server.base, cls.joinCode, 'Ada');
  const view = await api('GET', '/api/classes/teach/view', { token: there.token });
  assert.equal(view.status, 200);
  assert.deepEqual(
    view.body.students.map((s) => s.displayName),
    ['Ada'],
  );

  // A new join code made on the phone reaches the laptop with the next syncs; nothing arrives twice.
  const rotated = await api('POST', '/api/classes/teach/rotate', { token: cls.token });
  await updateClass(phone, key, { joinCode: rotated.body.joinCode });
  await syncOnce(phone, phoneCred);
  assert.equal((await syncOnce(laptop, laptopCred)).classesArrived, 1);
  assert.equal((await getClass(laptop, key)).joinCode, rotated.body.joinCode);
  assert.equal((await syncOnce(laptop, laptopCred)).classesArrived, 0);
  assert.equal(await count(), 1);
  // Closing the class takes it out of the space (devices that hold it keep it, and the server answers 410).
  assert.equal((await api('POST', '/api/classes/teach/close', { token: cls.token })).status, 204);
  assert.equal(await count(), 0);

  // Another person's space never sees it.
  const stranger = new RehearseDb(`taught-stranger-${Math.random()}`);
  const { credential: strangerCred } = await createSpace(env.server.base, 'stranger');
  assert.equal((await syncOnce(stranger, strangerCred)).classesArrived, 0);
  assert.deepEqual(await listClasses(stranger), []);
  const pulled = await api('GET', '/api/sync/classes', { token: strangerCred.token });
  assert.equal(pulled.status, 200);
  assert.deepEqual(pulled.body.classes, []);
  const none = await api('GET', '/api/sync/classes');
  assert.equal(none.status, 401);
});

test('only an open class\u2019s own instructor credential is kept; hostile bodies change nothing', async () => {
  const { credential } = await createSpace(env.server.base, 'tablet');
  const mine = await startClass(env.server.base, 'Mine');
  const other = await startClass(env.server.base, 'Other');
  const student = await joinClass(env.server.base, mine.joinCode, 'Bo');
  const before = await count();
  const body = (over) => ({ classes: [{ classId: mine.classId, name: 'Mine', token: mine.token, joinCode: mine.joinCode, ...over }] });
  const refused = [
    [body({ token: other.token }), 403],
    [body({ token: student.token }), 403],
    [body({ token: 'x'.repeat(43) }), 403],
    [body({ classId: other.classId }), 403],
    [body({ extra: 1 }), 400],
    [body({ token: 1 }), 400],
    [body({ name: 'x'.repeat(81) }), 400],
    [{ classes: Array.from({ length: 21 }, () => body().classes[0]) }, 400],
    [JSON.parse('{"classes": [], "__proto__": {"a": 1}}'), 400],
  ];
  for (const [b, status] of refused) {
    const res = await api('POST', '/api/sync/classes', { token: credential.token, body: b });
    assert.equal(res.status, status, JSON.stringify(b).slice(0, 200));
  }
  assert.equal(await count(), before, 'nothing was kept');
  // A closed class is refused too.
  assert.equal((await api('POST', '/api/classes/teach/close', { token: other.token })).status, 204);
  assert.equal(
    (
      await api('POST', '/api/sync/classes', {
        token: credential.token,
        body: { classes: [{ classId: other.classId, name: 'Other', token: other.token, joinCode: other.joinCode }] },
      })
    ).status,
    403,
  );
  // The right one is kept.
  assert.equal((await api('POST', '/api/sync/classes', { token: credential.token, body: body() })).status, 200);
  assert.equal(await count(), before + 1);
});
