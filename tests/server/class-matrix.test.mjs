// The authorization matrix over every class route on real PostgreSQL: each actor (instructor of class A or B,
// a student, one who stopped sharing, a removed one, one who left and replays their token, a forged token, a
// sync device's token, no credential) against each route. Every cell asserts the status and that no row
// outside the actor's own class (instructor) or own place (student) changed; a refused cell changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { call, newSpace, useServer } from './helpers.mjs';
import { classDeck, joinClass, publish, startClass, summaryOf } from './class-helpers.mjs';

const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });

/** Two classes, A with a student of each kind, B with one student; A's code rotated once. */
async function fixture() {
  const base = env.server.base;
  const a = await startClass(base, 'Class A');
  const b = await startClass(base, 'Class B');
  const deck = await publish(base, a.token, classDeck('matrix-a'));
  await publish(base, b.token, classDeck('matrix-b'));
  const join = async (name) => {
    const s = await joinClass(base, a.joinCode, name);
    await call(base, 'PUT', '/api/classes/study/summary', { token: s.token, body: summaryOf(deck) });
    return s;
  };
  const [student, stopped, removed, left] = [await join('Student'), await join('Stopped'), await join('Removed'), await join('Left')];
  await call(base, 'PUT', '/api/classes/study/sharing', { token: stopped.token, body: { sharing: false } });
  await call(base, 'DELETE', `/api/classes/teach/students/${removed.studentId}`, { token: a.token });
  await call(base, 'POST', '/api/classes/study/leave', { token: left.token });
  const bStudent = await joinClass(base, b.joinCode, 'B student');
  const oldCode = a.joinCode;
  const rotated = await call(base, 'POST', '/api/classes/teach/rotate', { token: a.token });
  const device = await newSpace(base);
  return {
    a: { ...a, joinCode: rotated.body.joinCode, oldCode },
    b,
    deck,
    bStudent,
    actors: {
      instructorA: { token: a.token, scope: { classId: a.classId } },
      instructorB: { token: b.token, scope: { classId: b.classId } },
      student: { token: student.token, scope: { studentId: student.studentId }, id: student.studentId },
      stopped: { token: stopped.token, scope: { studentId: stopped.studentId } },
      removed: { token: removed.token, scope: {} },
      replayedAfterLeaving: { token: left.token, scope: {} },
      forged: { token: randomBytes(32).toString('base64url'), scope: {} },
      syncDevice: { token: device.token, scope: {} },
      none: { token: undefined, scope: {} },
    },
  };
}

const TABLES = {
  classes: 'id, name, label, secret_hash, instructor_token_hash, closed_at',
  class_students: 'id, class_id, display_name, token_hash, sharing, left_at, removed_at',
  class_decks: 'class_id, deck_id, version, hash',
  class_summaries: 'student_id, class_id, active_days, decks, pushed_at',
  spaces: '*',
  devices: 'id, space_id, name, token_hash, revoked_at',
};

/** Every row of every table except those inside `scope` (the actor's own class or own place). */
async function rowsOutside(scope) {
  const out = {};
  for (const [t, cols] of Object.entries(TABLES)) {
    const rows = (await env.server.pool.query(`SELECT ${cols} FROM ${t} ORDER BY 1, 2`)).rows;
    out[t] = JSON.stringify(
      rows.filter((r) => {
        if (scope.classId && (r.class_id === scope.classId || (t === 'classes' && r.id === scope.classId))) return false;
        if (scope.studentId && ((t === 'class_students' && r.id === scope.studentId) || r.student_id === scope.studentId)) return false;
        return true;
      }),
    );
  }
  return out;
}

// Each route: how to call it, and the status for each actor (401 for any actor not named).
const ROUTES = {
  rotate: { call: () => ['POST', '/api/classes/teach/rotate'], ok: { instructorA: 200, instructorB: 200 } },
  close: { call: () => ['POST', '/api/classes/teach/close'], ok: { instructorA: 204, instructorB: 204 } },
  removeStudent: {
    call: (f) => ['DELETE', `/api/classes/teach/students/${f.actors.student.id}`],
    ok: { instructorA: 204, instructorB: 404 },
  },
  publish: {
    call: () => ['POST', '/api/classes/teach/decks', { deck: classDeck('matrix-new') }],
    ok: { instructorA: 201, instructorB: 201 },
  },
  view: { call: () => ['GET', '/api/classes/teach/view'], ok: { instructorA: 200, instructorB: 200 } },
  status: { call: () => ['GET', '/api/classes/study'], ok: { student: 200, stopped: 200 } },
  sharing: { call: () => ['PUT', '/api/classes/study/sharing', { sharing: true }], ok: { student: 200, stopped: 200 } },
  leave: { call: () => ['POST', '/api/classes/study/leave'], ok: { student: 204, stopped: 204 } },
  pullDecks: { call: () => ['GET', '/api/classes/study/decks'], ok: { student: 200, stopped: 200 } },
  summary: { call: (f) => ['PUT', '/api/classes/study/summary', summaryOf(f.deck, { grade: 1 })], ok: { student: 204, stopped: 409 } },
};

test('every class route × every actor: the status, and nothing outside the actor’s own scope changes', async () => {
  const shared = await fixture();
  let cells = 0;
  for (const [route, spec] of Object.entries(ROUTES)) {
    for (const actor of Object.keys(shared.actors)) {
      const expected = spec.ok[actor] ?? 401;
      // A cell that may change something gets a fixture of its own, so the next cells start alike.
      const f = expected < 300 && !['view', 'status', 'pullDecks'].includes(route) ? await fixture() : shared;
      const { token, scope } = f.actors[actor];
      const allowedScope = expected < 300 ? scope : {};
      const before = await rowsOutside(allowedScope);
      const [method, path, body] = spec.call(f);
      const res = await call(env.server.base, method, path, { token, body });
      assert.equal(res.status, expected, `${route} as ${actor}: ${JSON.stringify(res.body)}`);
      assert.deepEqual(await rowsOutside(allowedScope), before, `${route} as ${actor} changed rows outside its scope`);
      if (expected >= 400) assert.equal(typeof res.body.error, 'string');
      if (route === 'view' && actor === 'instructorB')
        assert.ok(!JSON.stringify(res.body).includes('Student"'), 'B sees none of A’s students');
      cells++;
    }
  }
  assert.equal(cells, Object.keys(ROUTES).length * 9);
});

test('join: the rotated-away code and B’s students’ tokens get nothing; the current code adds exactly one student', async () => {
  const f = await fixture();
  const before = await rowsOutside({});
  for (const [code, token] of [
    [f.a.oldCode, undefined],
    [f.a.oldCode, f.actors.instructorA.token],
    [`${f.a.oldCode.slice(0, -1)}x`, undefined],
  ]) {
    const res = await call(env.server.base, 'POST', '/api/classes/join', { token, body: { code, displayName: 'Late', sharing: true } });
    assert.equal(res.status, 403);
    assert.deepEqual(await rowsOutside({}), before);
  }
  const res = await call(env.server.base, 'POST', '/api/classes/join', {
    token: f.bStudent.token,
    body: { code: f.a.joinCode, displayName: 'Late', sharing: true },
  });
  assert.equal(res.status, 201);
  assert.equal(res.body.classId, f.a.classId, 'the code decides the class, never the token sent along');
  const after = await rowsOutside({ studentId: res.body.studentId });
  assert.deepEqual(after, before);
});

test('a class started with someone else’s credential is a new class and touches nothing else', async () => {
  const f = await fixture();
  const before = await rowsOutside({});
  const res = await call(env.server.base, 'POST', '/api/classes', { token: f.actors.instructorA.token, body: { name: 'Another' } });
  assert.equal(res.status, 201);
  assert.notEqual(res.body.classId, f.a.classId);
  assert.deepEqual(await rowsOutside({ classId: res.body.classId }), before);
});
