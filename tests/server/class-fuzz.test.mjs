// 1,200 seeded hostile bodies across the class routes and the taught-class route of sync (fast-check, fixed seed): oversized, wrong types,
// unknown fields, huge numbers, deep nesting, __proto__. Each gets a 4xx and no table changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { call, newSpace, useServer } from './helpers.mjs';
import { classDeck, dumpTables, joinClass, publish, startClass, summaryOf } from './class-helpers.mjs';

const COUNT = 1200;
const SEED = 23;
const env = useServer({ createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.double(),
);
const tooLong = (max) => fc.integer({ min: max + 1, max: max + 5000 }).map((n) => 'x'.repeat(n));
const controlChar = fc.constantFrom('\u0000', 'a\nb', '\u007f', '\u001b[31m');
const deep = fc.integer({ min: 50, max: 3000 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)));
const huge = fc.constantFrom(2 ** 53, 2 ** 63, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -(2 ** 31));

/** A value that is wrong for a field of the given kind. */
const WRONG = {
  text: (max) => fc.oneof(notString, tooLong(max), controlChar, fc.constant(''), deep),
  slug: fc.oneof(notString, tooLong(80), fc.constantFrom('', 'UPPER', 'a b', '__proto__', 'a--b', '-a', 'é'), deep),
  version: fc.oneof(notString, tooLong(200), fc.constant(''), deep),
  bool: fc.oneof(fc.integer(), fc.constantFrom('true', 'false', null, [], {}, 0, 1), deep),
  int: (min, max) =>
    fc.oneof(
      huge,
      fc.integer({ min: max + 1 }),
      fc.integer({ max: min - 1 }),
      fc.double({ min: min + 0.01, max: max - 0.01, noNaN: true }).filter((x) => !Number.isInteger(x)),
      fc.constantFrom('1', null, true, [1]),
      deep,
    ),
  unit: fc.oneof(
    huge,
    fc.double({ min: 1.0001, max: 1e300, noNaN: true }),
    fc.double({ min: -1e300, max: -0.0001, noNaN: true }),
    fc.constantFrom('0.5', null, [0.5]),
    deep,
  ),
  code: fc.oneof(notString, tooLong(200), fc.constantFrom('', 'acid;drop', '\u0000', 'a\nb'), deep),
};
const unknownKey = fc.oneof(
  fc.constantFrom('extra', 'spaceId', 'classId', 'studentId', 'ticked', 'recording', 'log', 'isInstructor'),
  fc.string({ minLength: 1, maxLength: 10 }).filter((k) => /^[a-z]+$/.test(k)),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), deep, huge);

/** A mutant that sets one field (by path) of `base` to a wrong value, or adds an unknown field at that level. */
function fieldMutant(base, fields) {
  return fc.oneof(
    fc.constantFrom(...Object.keys(fields)).chain((path) => fields[path].map((value) => ({ body: setPath(base, path, value) }))),
    fc
      .tuple(fc.constantFrom('', ...Object.keys(fields).map((p) => p.split('.').slice(0, -1).join('.'))), unknownKey, anyValue)
      .map(([at, key, value]) => ({ body: addKey(base, at, key, value) })),
    // __proto__ and constructor as own keys: JSON text, since an object literal would set the prototype instead.
    fc
      .constantFrom('__proto__', 'constructor')
      .map((key) => ({ raw: JSON.stringify(base).replace(/^\{/, `{"${key}":{"polluted":true},`) })),
  );
}

function setPath(base, path, value) {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k];
  at[keys.at(-1)] = value;
  return copy;
}

function addKey(base, path, key, value) {
  const copy = structuredClone(base);
  let at = copy;
  for (const k of path ? path.split('.') : []) at = at[k];
  // A key the object already has would only change a value: prefix it so it is surely unknown.
  at[key in at ? `x${key}` : key] = value;
  return copy;
}

/** Bodies that are not a body at all, or far too big. */
const notABody = (limitBytes) =>
  fc.oneof(
    fc.constantFrom('', '{', 'null', '[]', '"x"', '0', 'true', '{"a":', '\u0000').map((raw) => ({ raw })),
    deep.map((d) => ({ body: d })),
    fc.constant({ raw: JSON.stringify({ pad: 'x'.repeat(limitBytes + 10) }) }),
  );

test(`${COUNT} seeded hostile bodies across the class routes each get a 4xx and change nothing`, async () => {
  const base = env.server.base;
  const cls = await startClass(base);
  const deck = await publish(base, cls.token, classDeck('fuzzed'));
  const student = await joinClass(base, cls.joinCode, 'Fuzz');
  const space = await newSpace(base);
  await call(base, 'PUT', '/api/classes/study/summary', { token: student.token, body: summaryOf(deck) });
  const summary = summaryOf(deck);
  const card = 'decks.0.cards.0';
  const routes = [
    {
      path: '/api/classes',
      method: 'POST',
      token: undefined,
      gen: fieldMutant({ name: 'Cohort' }, { name: WRONG.text(80) }),
      limit: 64 * 1024,
    },
    {
      path: '/api/classes/join',
      method: 'POST',
      gen: fieldMutant(
        { code: cls.joinCode, displayName: 'Eve', sharing: true },
        { code: WRONG.code, displayName: WRONG.text(40), sharing: WRONG.bool },
      ),
      limit: 64 * 1024,
    },
    {
      path: '/api/classes/study/sharing',
      method: 'PUT',
      token: student.token,
      gen: fieldMutant({ sharing: false }, { sharing: WRONG.bool }),
      limit: 64 * 1024,
    },
    {
      path: '/api/classes/study/summary',
      method: 'PUT',
      token: student.token,
      gen: fc.oneof(
        fieldMutant(summary, {
          activeDays14: WRONG.int(0, 14),
          decks: fc.oneof(
            notString.filter((v) => !Array.isArray(v)),
            fc.constant(Array.from({ length: 21 }, () => summary.decks[0])),
          ),
          'decks.0.deckId': WRONG.slug,
          'decks.0.version': WRONG.version,
          'decks.0.groups.0.id': WRONG.slug,
          'decks.0.groups.0.readiness': WRONG.unit,
          'decks.0.cards': fc.constant(Array.from({ length: 501 }, (_, i) => ({ ...summary.decks[0].cards[0], id: `c${i}` }))),
          [`${card}.id`]: WRONG.slug,
          [`${card}.repetitions`]: WRONG.int(0, 100_000),
          [`${card}.interval`]: WRONG.int(0, 1e6),
          [`${card}.due`]: WRONG.int(0, 1e6),
          [`${card}.lastGrade`]: WRONG.int(0, 5),
          [`${card}.lastDay`]: WRONG.int(0, 1e6),
          [`${card}.reviews`]: WRONG.int(1, 100_000),
        }),
        notABody(1_536 * 1024),
      ),
      limit: 1_536 * 1024,
    },
    {
      path: '/api/classes/teach/decks',
      method: 'POST',
      token: cls.token,
      // Deck text fields take up to 1 MB of any text, so only wrong types and unknown fields are hostile there.
      gen: fieldMutant(
        { deck: classDeck('fuzzed', '2') },
        {
          deck: notString,
          'deck.id': WRONG.slug,
          'deck.version': WRONG.version,
          'deck.title': notString,
          'deck.cards': notString,
          'deck.cards.0.outline': notString,
          'deck.groups.0.id': WRONG.slug,
        },
      ),
      limit: 6 * 1024 * 1024,
    },
    {
      // An instructor's class kept in their sync space: only that class's own credential, in exactly this shape.
      path: '/api/sync/classes',
      method: 'POST',
      token: space.token,
      gen: fc.oneof(
        fieldMutant(
          { classes: [{ classId: cls.classId, name: 'Cohort', token: cls.token, joinCode: cls.joinCode }] },
          {
            classes: notString,
            'classes.0.classId': WRONG.slug,
            'classes.0.name': WRONG.text(80),
            'classes.0.token': WRONG.text(100),
            'classes.0.joinCode': WRONG.code,
          },
        ),
        notABody(1024 * 1024),
      ),
    },
    // Routes that take no body refuse any body before doing anything.
    {
      path: '/api/classes/teach/rotate',
      method: 'POST',
      token: cls.token,
      gen: fc.oneof(
        anyValue.map((body) => ({ body })),
        fc.constant({ raw: '{}' }),
      ),
    },
    {
      path: '/api/classes/teach/close',
      method: 'POST',
      token: cls.token,
      gen: fc.oneof(
        anyValue.map((body) => ({ body })),
        fc.constant({ raw: '{}' }),
      ),
    },
    {
      path: '/api/classes/study/leave',
      method: 'POST',
      token: student.token,
      gen: fc.oneof(
        anyValue.map((body) => ({ body })),
        fc.constant({ raw: '{}' }),
      ),
    },
    {
      path: `/api/classes/teach/students/${student.studentId}`,
      method: 'DELETE',
      token: cls.token,
      gen: fc.oneof(
        anyValue.map((body) => ({ body })),
        fc.constant({ raw: '{}' }),
      ),
    },
  ];
  const before = await dumpTables(env.server.pool);
  const perRoute = Math.ceil(COUNT / routes.length);
  const statuses = new Map();
  let sent = 0;
  for (const [r, route] of routes.entries()) {
    const mutants = fc.sample(route.gen, { seed: SEED + r, numRuns: perRoute });
    for (const m of mutants) {
      // JSON cannot carry undefined: a mutant whose body would serialise to nothing is sent as the text "null".
      const body = m.raw ?? (m.body === undefined ? 'null' : JSON.stringify(m.body));
      const res = await call(base, route.method, route.path, { token: route.token, body });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      assert.ok(
        res.status >= 400 && res.status < 500,
        `${route.path} ${body.slice(0, 300)} got ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
      );
      sent++;
    }
  }
  assert.ok(sent >= 1000);
  assert.equal(await dumpTables(env.server.pool), before, 'nothing changed');
  console.log('statuses', Object.fromEntries(statuses));
});
