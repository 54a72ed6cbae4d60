// The instructor's view is cached per class (server/class-view-cache.ts): on real PostgreSQL, every write the
// view shows — a join, a summary pushed, sharing off, leaving, a removal, a deck published — is in the very next
// view, and a row changed behind the server's back (no view_version bump) shows the cache is really in use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, useServer } from './helpers.mjs';
import { classDeck, joinClass, publish, startClass, summaryOf } from './class-helpers.mjs';
import { ClassViewCache } from '../../server/class-view-cache.ts';

const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });
const api = (method, path, opts) => call(env.server.base, method, path, opts);

async function view(token) {
  const res = await api('GET', '/api/classes/teach/view', { token });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}
const names = (v) => v.students.map((s) => s.displayName).sort();
const sharing = (v) =>
  v.students
    .filter((s) => s.summaryAt !== null)
    .map((s) => s.displayName)
    .sort();

test('every write to a class is in the next view, and an unbumped change is not (the cache serves it)', async () => {
  const cls = await startClass(env.server.base, 'Cached');
  const deck = await publish(env.server.base, cls.token, classDeck('cached', '1'));
  const [a, b, c] = [
    await joinClass(env.server.base, cls.joinCode, 'Ann'),
    await joinClass(env.server.base, cls.joinCode, 'Bob'),
    await joinClass(env.server.base, cls.joinCode, 'Cy'),
  ];
  const first = await view(cls.token);
  assert.deepEqual(names(first), ['Ann', 'Bob', 'Cy']);
  assert.deepEqual(await view(cls.token), first, 'a second view of an unchanged class is the same view');

  // Join.
  const d = await joinClass(env.server.base, cls.joinCode, 'Dee');
  assert.deepEqual(names(await view(cls.token)), ['Ann', 'Bob', 'Cy', 'Dee']);

  // Summary pushes, one after another, each seen at once.
  for (const [i, st] of [a, b, c].entries()) {
    assert.equal(
      (await api('PUT', '/api/classes/study/summary', { token: st.token, body: summaryOf(deck, { grade: 2 + i }) })).status,
      204,
    );
    assert.equal(sharing(await view(cls.token)).length, i + 1);
  }
  assert.equal((await view(cls.token)).withheld, null);
  assert.equal(
    (await api('PUT', '/api/classes/study/summary', { token: a.token, body: summaryOf(deck, { grade: 0, activeDays14: 9 }) })).status,
    204,
  );
  assert.equal((await view(cls.token)).students.find((s) => s.displayName === 'Ann').activeDays14, 9, 'a replaced summary is seen');

  // Behind the server's back (no bump): the cached view is served, which is what makes the view fast.
  await env.server.pool.query("UPDATE class_students SET display_name = 'Renamed' WHERE id = $1", [d.studentId]);
  assert.deepEqual(names(await view(cls.token)), ['Ann', 'Bob', 'Cy', 'Dee']);
  await env.server.pool.query('UPDATE classes SET view_version = view_version + 1 WHERE id = $1', [cls.classId]);
  assert.deepEqual(names(await view(cls.token)), ['Ann', 'Bob', 'Cy', 'Renamed']);

  // Stop sharing.
  assert.equal((await api('PUT', '/api/classes/study/sharing', { token: b.token, body: { sharing: false } })).status, 200);
  assert.deepEqual(sharing(await view(cls.token)), ['Ann', 'Cy']);
  // Leave.
  assert.equal((await api('POST', '/api/classes/study/leave', { token: c.token })).status, 204);
  assert.deepEqual(names(await view(cls.token)), ['Ann', 'Bob', 'Renamed']);
  // Remove.
  assert.equal((await api('DELETE', `/api/classes/teach/students/${a.studentId}`, { token: cls.token })).status, 204);
  assert.deepEqual(names(await view(cls.token)), ['Bob', 'Renamed']);
  // Publish a second deck: its groups are in the view.
  await publish(env.server.base, cls.token, classDeck('second', '1', 1, 3));
  assert.ok((await view(cls.token)).groups.some((g) => g.deckId === 'second'));
  // Close: the view is gone with the class.
  assert.equal((await api('POST', '/api/classes/teach/close', { token: cls.token })).status, 204);
  assert.equal((await api('GET', '/api/classes/teach/view', { token: cls.token })).status, 410);
});

test('views pushed concurrently with summaries never miss the last write', async () => {
  const cls = await startClass(env.server.base, 'Busy');
  const deck = await publish(env.server.base, cls.token, classDeck('busy', '1'));
  const students = [];
  for (let i = 0; i < 8; i++) students.push(await joinClass(env.server.base, cls.joinCode, `S${i}`));
  // Views race the pushes; once every push has answered, the next view must show all of them.
  const racing = [];
  const pushes = students.map(async (st, i) => {
    racing.push(view(cls.token));
    assert.equal(
      (await api('PUT', '/api/classes/study/summary', { token: st.token, body: summaryOf(deck, { activeDays14: i + 1 }) })).status,
      204,
    );
  });
  await Promise.all(pushes);
  await Promise.all(racing);
  const after = await view(cls.token);
  assert.deepEqual(
    after.students.map((s) => s.activeDays14).sort((x, y) => x - y),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
});

test('the cache keeps the newest version, drops the least recently used class, and recomputes on a new day', () => {
  const cache = new ClassViewCache(2);
  cache.set('a', '5', 100, 'a5');
  cache.set('a', '4', 100, 'a4');
  assert.equal(cache.get('a', '5', 100), 'a5', 'an older computation finishing later does not replace a newer one');
  assert.equal(cache.get('a', '4', 100), undefined);
  assert.equal(cache.get('a', '5', 101), undefined, 'a new day: "inactive" may have changed');
  cache.set('b', '1', 100, 'b1');
  cache.get('a', '5', 100);
  cache.set('c', '1', 100, 'c1');
  assert.equal(cache.get('b', '1', 100), undefined, 'b was the least recently used');
  assert.equal(cache.get('a', '5', 100), 'a5');
  assert.equal(cache.get('c', '1', 100), 'c1');
});
