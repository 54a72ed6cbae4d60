// The instructor's view: quartiles, weakest cards, inactive students and the fewer-than-3 rule, on the pure
// function and through the real server on PostgreSQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, useServer } from './helpers.mjs';
import { classDeck, joinClass, publish, startClass, summaryOf, today } from './class-helpers.mjs';
import { classView, quantile } from '../../server/class-view.ts';

const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });
const api = (method, path, opts) => call(env.server.base, method, path, opts);

test('quartiles interpolate between closest ranks', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([1, 2, 3, 4], 0.25), 1.75);
  assert.equal(quantile([1, 2, 3, 4], 0.75), 3.25);
  assert.equal(quantile([0.2, 0.4, 0.9], 0.5), 0.4);
  assert.equal(quantile([7], 0.25), 7);
  assert.throws(() => quantile([], 0.5), RangeError);
});

const NOW = new Date(Date.UTC(2026, 0, 20, 12));
const DAY = Math.floor(NOW.getTime() / 86_400_000);
const student = (id, sharing, decks, activeDays14 = 2) => ({
  id,
  displayName: id.toUpperCase(),
  sharing,
  joinedAt: NOW.toISOString(),
  summary: decks ? { activeDays14, pushedAt: NOW.toISOString(), decks } : null,
});
const deck = (readiness, cards) => ({ d: { version: '1', groups: { g: readiness }, cards } });
const card = (id, grade, lastDay = DAY) => [id, 1, 1, lastDay + 1, grade, lastDay, 1];

test('with fewer than 3 sharing students the class-wide figures are withheld and say why', () => {
  const two = [
    student('a', true, deck(0.5, [card('x', 1)])),
    student('b', true, deck(0.7, [card('x', 2)])),
    student('c', false, null),
    student('d', true, null),
  ];
  const view = classView('C', two, [{ deckId: 'd', groupId: 'g' }], NOW);
  assert.match(view.withheld, /at least 3 students share their progress \(2 do so far\)/);
  assert.deepEqual(view.distribution, []);
  assert.deepEqual(view.weakest, []);
  assert.equal(view.joined, 4);
  assert.equal(view.sharing, 3);
  // The per-student table still shows what each sharing student agreed to show by name.
  assert.deepEqual(
    view.students.map((s) => s.readiness),
    [[0.5], [0.7], [null], [null]],
  );
});

test('readiness distribution, weakest cards by mean last grade then lapses, and inactive students', () => {
  const students = [
    student('a', true, deck(0.1, [card('x', 1), card('y', 2), card('z', 5)])),
    student('b', true, deck(0.4, [card('x', 2), card('y', 1), card('z', 5)])),
    student('c', true, deck(0.6, [card('x', 3, DAY - 9), card('y', 3, DAY - 9), card('z', 4, DAY - 9)])),
    student('d', true, deck(0.9, [card('x', 2, DAY - 7), card('y', 2, DAY - 8), card('w', 0, DAY - 7)])),
    student('e', true, { d: { version: '1', groups: {}, cards: [] } }),
  ];
  const view = classView(
    'C',
    students,
    [
      { deckId: 'd', groupId: 'g' },
      { deckId: 'd', groupId: 'h' },
    ],
    NOW,
  );
  assert.equal(view.withheld, null);
  // Group g over 5 students (e sent the deck without the group: 0): 0, 0.1, 0.4, 0.6, 0.9.
  assert.deepEqual(view.distribution[0], { deckId: 'd', groupId: 'g', students: 5, min: 0, q1: 0.1, median: 0.4, q3: 0.6, max: 0.9 });
  assert.deepEqual(view.distribution[1], { deckId: 'd', groupId: 'h', students: 5, min: 0, q1: 0, median: 0, q3: 0, max: 0 });
  // x: mean 2, 3 lapses; y: mean 2, 3 lapses; z: mean 4.67; w: one student only, so never listed.
  assert.deepEqual(
    view.weakest.map((w) => [w.cardId, w.meanLastGrade, w.lapses, w.students]),
    [
      ['x', 2, 3, 4],
      ['y', 2, 3, 4],
      ['z', 4.67, 0, 3],
    ],
  );
  // Inactive: no graded card at all first, then 7 days or more since the last graded card; a and b are active.
  assert.deepEqual(
    view.inactive.map((i) => [i.studentId, i.daysInactive]),
    [
      ['e', null],
      ['c', 9],
      ['d', 7],
    ],
  );
});

test('the view through the server: counts, as-of times, a stopped sharer disappears, a lone sharer is not singled out', async () => {
  const cls = await startClass(env.server.base);
  const d = await publish(env.server.base, cls.token, classDeck('viewed'));
  const joined = [];
  for (const [name, grade, readiness] of [
    ['Ann', 1, 0.2],
    ['Bo', 2, 0.4],
    ['Cy', 5, 0.8],
  ]) {
    const s = await joinClass(env.server.base, cls.joinCode, name);
    assert.equal(
      (await api('PUT', '/api/classes/study/summary', { token: s.token, body: summaryOf(d, { grade, readiness }) })).status,
      204,
    );
    joined.push(s);
  }
  await joinClass(env.server.base, cls.joinCode, 'Di', false);
  let view = (await api('GET', '/api/classes/teach/view', { token: cls.token })).body;
  assert.equal(view.joined, 4);
  assert.equal(view.sharing, 3);
  assert.equal(view.withheld, null);
  assert.equal(view.today, today());
  assert.ok(Math.abs(Date.parse(view.asOf) - Date.now()) < 60_000);
  assert.deepEqual(
    view.distribution.map((g) => [g.groupId, g.median, g.q1, g.q3]),
    [
      ['g1', 0.4, 0.3, 0.6],
      ['g2', 0.4, 0.3, 0.6],
    ],
  );
  assert.equal(view.weakest.length, 6);
  assert.deepEqual(view.weakest[0], { deckId: 'viewed', cardId: 'g1-c1', students: 3, meanLastGrade: 2.67, lapses: 2 });
  assert.ok(view.students.slice(0, 3).every((s) => s.summaryAt !== null && s.cardsGraded === 6));
  await api('PUT', '/api/classes/study/sharing', { token: joined[0].token, body: { sharing: false } });
  view = (await api('GET', '/api/classes/teach/view', { token: cls.token })).body;
  assert.match(view.withheld, /2 do so far/);
  assert.deepEqual(view.weakest, []);
  assert.equal(view.students.find((s) => s.displayName === 'Ann').summaryAt, null);
  assert.deepEqual(view.students.find((s) => s.displayName === 'Ann').readiness, [null, null], 'nothing of what Ann shared remains');
});
