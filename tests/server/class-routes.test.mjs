// Classes on real PostgreSQL: start, join, publish, pull, summaries, the view, sharing, leaving, removal, closing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, startServer, useServer } from './helpers.mjs';
import { classDeck, joinClass, publish, startClass, summaryOf, today } from './class-helpers.mjs';
import { CLASS_SECRET_BITS } from '../../server/class-codes.ts';

const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });
const api = (method, path, opts) => call(env.server.base, method, path, opts);

test('a join code is 8 words whose secret part carries 40 random bits', async () => {
  const cls = await startClass(env.server.base);
  assert.equal(cls.joinCode.split('-').length, 8);
  assert.equal(CLASS_SECRET_BITS, 40);
  const other = await startClass(env.server.base);
  assert.notEqual(cls.joinCode.split('-').slice(3).join(), other.joinCode.split('-').slice(3).join());
});

test('a student joins with the code typed in any case and spacing, and sees the class', async () => {
  const cls = await startClass(env.server.base, 'Bootcamp March');
  const typed = cls.joinCode.toUpperCase().replaceAll('-', '  ');
  const student = await joinClass(env.server.base, typed, 'Grace', false);
  assert.equal(student.className, 'Bootcamp March');
  const me = await api('GET', '/api/classes/study', { token: student.token });
  assert.deepEqual(me.body, { classId: cls.classId, className: 'Bootcamp March', displayName: 'Grace', sharing: false });
});

test('a wrong code, an unknown class and a closed class get the same plain refusal', async () => {
  const cls = await startClass(env.server.base);
  const closed = await startClass(env.server.base);
  assert.equal((await api('POST', '/api/classes/teach/close', { token: closed.token })).status, 204);
  const words = cls.joinCode.split('-');
  const wrongSecret = [...words.slice(0, 3), ...words.slice(3).reverse()].join('-');
  const unknown = ['acid', 'acid', 'acid', ...words.slice(3)].join('-');
  const answers = [];
  for (const code of [wrongSecret, unknown, closed.joinCode, 'not a code at all']) {
    answers.push(await api('POST', '/api/classes/join', { body: { code, displayName: 'Eve', sharing: true } }));
  }
  for (const a of answers) assert.deepEqual(a, answers[0]);
  assert.equal(answers[0].status, 403);
  assert.match(answers[0].body.error, /not right, or its class is closed/);
});

test('rotating the code refuses the old one and admits the new one; joined students stay', async () => {
  const cls = await startClass(env.server.base);
  const first = await joinClass(env.server.base, cls.joinCode);
  const rotated = await api('POST', '/api/classes/teach/rotate', { token: cls.token });
  assert.equal(rotated.status, 200);
  assert.equal(rotated.body.joinCode.split('-').slice(0, 3).join('-'), cls.joinCode.split('-').slice(0, 3).join('-'));
  assert.equal((await api('POST', '/api/classes/join', { body: { code: cls.joinCode, displayName: 'Late', sharing: true } })).status, 403);
  await joinClass(env.server.base, rotated.body.joinCode, 'Late');
  assert.equal((await api('GET', '/api/classes/study', { token: first.token })).status, 200);
});

test('published versions are pulled in pages like deck sync; the same version again is held, other content refused', async () => {
  const cls = await startClass(env.server.base);
  const student = await joinClass(env.server.base, cls.joinCode);
  const versions = ['1', '2', '3'].map((v) => classDeck('paged', v));
  for (const d of versions)
    assert.equal((await api('POST', '/api/classes/teach/decks', { token: cls.token, body: { deck: d } })).status, 201);
  assert.deepEqual(
    (await api('POST', '/api/classes/teach/decks', { token: cls.token, body: { deck: versions[0] } })).body.published,
    false,
  );
  const changed = { ...versions[0], description: 'Changed.' };
  const clash = await api('POST', '/api/classes/teach/decks', { token: cls.token, body: { deck: changed } });
  assert.equal(clash.status, 409);
  const pulled = [];
  let cursor = '0:0';
  for (let pages = 0; ; pages++) {
    const res = await api('GET', `/api/classes/study/decks?cursor=${cursor}&limit=2`, { token: student.token });
    assert.equal(res.status, 200);
    pulled.push(...res.body.decks.map((d) => d.deck));
    cursor = res.body.cursor;
    if (!res.body.more) break;
    assert.ok(pages < 5);
  }
  assert.deepEqual(pulled, versions);
});

test('a deck the importer would refuse is not published', async () => {
  const cls = await startClass(env.server.base);
  const deck = classDeck('broken');
  const bad = { ...deck, cards: [{ ...deck.cards[0], outline: ['only one point'] }, ...deck.cards.slice(1)] };
  const res = await api('POST', '/api/classes/teach/decks', { token: cls.token, body: { deck: bad } });
  assert.equal(res.status, 400);
  assert.match(res.body.error, /would not import/);
});

test('summaries are checked against the class decks: another deck, unknown cards or groups, the future are refused', async () => {
  const cls = await startClass(env.server.base);
  const deck = await publish(env.server.base, cls.token, classDeck('checked'));
  const student = await joinClass(env.server.base, cls.joinCode);
  const push = (body) => api('PUT', '/api/classes/study/summary', { token: student.token, body });
  const good = summaryOf(deck);
  const d = good.decks[0];
  const cases = {
    'another deck': { ...good, decks: [{ ...d, deckId: 'other' }] },
    'an unpublished version': { ...good, decks: [{ ...d, version: '9' }] },
    'a card of no class deck': { ...good, decks: [{ ...d, cards: [{ ...d.cards[0], id: 'nope' }] }] },
    'a card twice': { ...good, decks: [{ ...d, cards: [d.cards[0], d.cards[0]] }] },
    'a group of no class deck': { ...good, decks: [{ ...d, groups: [{ id: 'nope', readiness: 0.1 }] }] },
    'the deck twice': { ...good, decks: [d, d] },
    'a day after tomorrow': { ...good, decks: [{ ...d, cards: [{ ...d.cards[0], lastDay: today() + 2 }] }] },
    'more repetitions than reviews': { ...good, decks: [{ ...d, cards: [{ ...d.cards[0], repetitions: 3, reviews: 2 }] }] },
    'readiness above 1': { ...good, decks: [{ ...d, groups: [{ id: 'g1', readiness: 1.5 }] }] },
    'a raw log field': { ...good, decks: [{ ...d, cards: [{ ...d.cards[0], ticked: [0, 1] }] }] },
  };
  for (const [name, body] of Object.entries(cases)) {
    const res = await push(body);
    assert.equal(res.status, 400, name);
    assert.equal(typeof res.body.error, 'string', name);
  }
  const view = await api('GET', '/api/classes/teach/view', { token: cls.token });
  assert.equal(view.body.students[0].summaryAt, null, 'nothing was stored');
  assert.equal((await push(good)).status, 204);
});

test('sharing off or leaving deletes the summary in the same request; a non-sharing student cannot push', async () => {
  const cls = await startClass(env.server.base);
  const deck = await publish(env.server.base, cls.token, classDeck('share'));
  const a = await joinClass(env.server.base, cls.joinCode, 'A');
  const b = await joinClass(env.server.base, cls.joinCode, 'B');
  const quiet = await joinClass(env.server.base, cls.joinCode, 'Quiet', false);
  for (const s of [a, b])
    assert.equal((await api('PUT', '/api/classes/study/summary', { token: s.token, body: summaryOf(deck) })).status, 204);
  const refused = await api('PUT', '/api/classes/study/summary', { token: quiet.token, body: summaryOf(deck) });
  assert.equal(refused.status, 409);
  const count = async () =>
    (await env.server.pool.query('SELECT count(*)::int AS n FROM class_summaries WHERE class_id = $1', [cls.classId])).rows[0].n;
  assert.equal(await count(), 2);
  assert.deepEqual((await api('PUT', '/api/classes/study/sharing', { token: a.token, body: { sharing: false } })).body, { sharing: false });
  assert.equal(await count(), 1);
  assert.equal((await api('POST', '/api/classes/study/leave', { token: b.token })).status, 204);
  assert.equal(await count(), 0);
  assert.equal((await api('GET', '/api/classes/study', { token: b.token })).status, 401);
  const view = await api('GET', '/api/classes/teach/view', { token: cls.token });
  assert.deepEqual(
    view.body.students.map((s) => [s.displayName, s.sharing]),
    [
      ['A', false],
      ['Quiet', false],
    ],
  );
});

test('removing a student revokes their credential and deletes their summary; closing deletes every summary', async () => {
  const cls = await startClass(env.server.base);
  const deck = await publish(env.server.base, cls.token, classDeck('remove'));
  const students = [];
  for (const name of ['A', 'B', 'C']) students.push(await joinClass(env.server.base, cls.joinCode, name));
  for (const s of students) await api('PUT', '/api/classes/study/summary', { token: s.token, body: summaryOf(deck) });
  assert.equal((await api('DELETE', `/api/classes/teach/students/${students[0].studentId}`, { token: cls.token })).status, 204);
  assert.equal((await api('DELETE', `/api/classes/teach/students/${students[0].studentId}`, { token: cls.token })).status, 404);
  assert.equal((await api('GET', '/api/classes/study/decks', { token: students[0].token })).status, 401);
  const left = await env.server.pool.query('SELECT student_id FROM class_summaries WHERE class_id = $1 ORDER BY 1', [cls.classId]);
  assert.deepEqual(left.rows.map((r) => r.student_id).sort(), [students[1].studentId, students[2].studentId].sort());
  assert.equal((await api('POST', '/api/classes/teach/close', { token: cls.token })).status, 204);
  assert.equal(
    (await env.server.pool.query('SELECT count(*)::int AS n FROM class_summaries WHERE class_id = $1', [cls.classId])).rows[0].n,
    0,
  );
  assert.equal((await api('GET', '/api/classes/study', { token: students[1].token })).status, 410);
  assert.equal((await api('GET', '/api/classes/teach/view', { token: cls.token })).status, 410);
});

test('join attempts are limited per class, counted alike for a class that does not exist', async () => {
  // A second server over the same database with a small per-class join limit (3 a minute) and no per-address one.
  const limited = await startServer(env.db.url, { createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 3 });
  try {
    const cls = await startClass(limited.base);
    const code = cls.joinCode.split('-');
    const wrong = [...code.slice(0, 3), ...code.slice(3).reverse()].join('-');
    const unknown = ['acid', 'acid', 'acid', ...code.slice(3)].join('-');
    for (const c of [wrong, unknown]) {
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await call(limited.base, 'POST', '/api/classes/join', { body: { code: c, displayName: 'X', sharing: true } })).status,
        );
      assert.deepEqual(statuses, [403, 403, 403, 429], c);
    }
    // The right code is refused too once its class is over the limit: the limit is per class, not per wrong code.
    assert.equal(
      (await call(limited.base, 'POST', '/api/classes/join', { body: { code: cls.joinCode, displayName: 'X', sharing: true } })).status,
      429,
    );
  } finally {
    await limited.close();
  }
});

test('join attempts are limited per address', async () => {
  const strict = await startServer(env.db.url, { createPerMinute: 1e6, joinPerMinute: 2, joinPerClassPerMinute: 1e6 });
  try {
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await call(strict.base, 'POST', '/api/classes/join', { body: { code: 'a b c', displayName: 'X', sharing: true } })).status,
      );
    assert.deepEqual(statuses, [403, 403, 429]);
  } finally {
    await strict.close();
  }
});
