// A seeded fuzz of hostile request bodies: every one gets a 4xx and nothing in the database changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../src/srs/random.ts';
import { call, deckVersion, newSpace, review, useServer } from './helpers.mjs';

const COUNT = 1200;
const env = useServer({ pairPerMinute: 10_000, createPerMinute: 10_000 });

const HOSTILE = [
  null,
  true,
  -1,
  Infinity,
  2 ** 63,
  -0.5,
  'x'.repeat(5000),
  '\u0000',
  "'; DROP TABLE reviews; --",
  '<script>',
  [],
  {},
  [[[]]],
  { $gt: '' },
  '__proto__',
  NaN,
];

/** One bad body for a route: a valid body with one field broken, or something that is not a body at all. */
function mutant(random, spaceId) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const row = review(20_000 + Math.floor(random() * 5));
  const kind = Math.floor(random() * 11);
  if (kind === 0) return { raw: pick(['', '{', 'null', '[]', '"x"', '{"reviews":', '\u0000', 'x'.repeat(2_000_000)]) };
  if (kind === 1) return { body: { reviews: Array.from({ length: 501 + Math.floor(random() * 50) }, () => review()) } };
  if (kind === 2) return { body: { reviews: [row], spaceId } };
  if (kind === 3) return { body: { reviews: [{ ...row, [pick(['extra', '__proto__', 'spaceId', 'space_id'])]: pick(HOSTILE) }] } };
  if (kind === 4)
    return {
      body: {
        reviews: [row],
        settings: [
          {
            key: pick(['theme', 'lastBackup', 'x', '__proto__']),
            value: pick([...HOSTILE, 'purple', 99_999]),
            updatedAt: pick([1, -1, 'x']),
          },
        ],
      },
    };
  if (kind === 5) return { body: { reviews: [{ ...row, cardKey: 'other/deck' }] } };
  if (kind === 6) return { body: { reviews: [row, { ...review(), id: row.id }] } };
  if (kind === 7) return { body: { reviews: [{ ...row, mode: 'drill', counted: true }] } };
  if (kind === 8) return { body: { reviews: [{ ...row, day: row.day + 3 }] } };
  if (kind === 9) {
    const bad = pick([
      ...HOSTILE.map((h) => [h]),
      [row.id.toUpperCase()],
      [row.id, row.id],
      [`${row.id} `],
      Array.from({ length: 2001 }, () => review().id),
      { 0: row.id },
      row.id,
    ]);
    return { body: { reviews: [row], retractions: bad } };
  }
  const key = pick(Object.keys(row));
  return { body: { reviews: [{ ...row, [key]: pick(HOSTILE) }] } };
}

async function snapshot(pool) {
  const tables = ['spaces', 'devices', 'reviews', 'settings', 'retractions', 'deck_versions'];
  const out = {};
  for (const t of tables) {
    const cols =
      t === 'devices'
        ? 'id, space_id, name, token_hash, revoked_at'
        : t === 'deck_versions'
          ? 'space_id, deck_id, version, hash, deck'
          : '*';
    out[t] = (await pool.query(`SELECT ${cols} FROM ${t} ORDER BY 1, 2`)).rows;
  }
  return JSON.stringify(out);
}

test(`${COUNT} seeded hostile bodies each get a 4xx and change nothing`, async () => {
  const random = seededRandom(11);
  const owner = await newSpace(env.server.base);
  const other = await newSpace(env.server.base);
  await call(env.server.base, 'POST', '/api/sync/push', { token: owner.token, body: { reviews: [review()] } });
  const before = await snapshot(env.server.pool);
  const routes = [
    ['POST', '/api/sync/push', owner.token],
    ['POST', '/api/spaces', null],
    ['POST', '/api/pair', null],
  ];
  const statuses = new Map();
  for (let i = 0; i < COUNT; i++) {
    const [method, path, token] = routes[i % 7 === 0 ? 1 + (i % 2) : 0];
    const m = mutant(random, other.spaceId);
    const body =
      path === '/api/sync/push'
        ? m.body
        : path === '/api/spaces'
          ? { deviceName: m.body?.reviews?.[0]?.cardId ?? '', x: 1 }
          : { code: `${'zebra '.repeat(9)}`, deviceName: '\u0000' };
    const res = await call(env.server.base, method, path, { token, body: m.raw ?? body });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    assert.ok(
      res.status >= 400 && res.status < 500,
      `case ${i} (${JSON.stringify(m).slice(0, 200)}) got ${res.status}: ${JSON.stringify(res.body)}`,
    );
  }
  assert.equal(await snapshot(env.server.pool), before, 'nothing changed');
  console.log('statuses', Object.fromEntries(statuses));
});

/** One bad deck push: a valid deck with one field broken, a deck the importer refuses, or no body at all. */
function deckMutant(random, spaceId) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const deck = deckVersion('fuzzed', String(1 + Math.floor(random() * 3)));
  const card = deck.cards[0];
  const kind = Math.floor(random() * 8);
  if (kind === 0) return { raw: pick(['', '{', 'null', '[]', '{"decks":', '\u0000']) };
  if (kind === 1)
    return {
      body: pick([{}, { decks: [] }, { decks: Array.from({ length: 5 }, () => deck) }, { decks: [deck], spaceId }, { decks: deck }]),
    };
  // Wrong types only: a hostile string ('<script>') is a valid title, and text is rendered as text anyway.
  const wrong = [true, -1, 2 ** 63, -0.5, { $gt: '' }, [[[]]]];
  if (kind === 2)
    return {
      body: { decks: [{ ...deck, [pick(['id', 'title', 'version', 'description', 'groups', 'cards', 'interview'])]: pick(wrong) }] },
    };
  if (kind === 3) return { body: { decks: [{ ...deck, cards: [{ ...card, [pick(Object.keys(card))]: pick(wrong) }] }] } };
  if (kind === 4) return { body: { decks: [{ ...deck, [pick(['extra', '__proto__', 'spaceId', 'hash'])]: pick(HOSTILE) }] } };
  if (kind === 5)
    return { body: { decks: [{ ...deck, cards: [{ ...card, outline: card.outline.slice(0, 1 + Math.floor(random() * 4)) }] }] } };
  if (kind === 6) return { body: { decks: [{ ...deck, cards: [card, card] }] } };
  return { body: { decks: [{ ...deck, cards: [{ ...card, prompt: pick(['', 'a\n### Card b', ' padded ', 'x'.repeat(1_000_001)]) }] }] } };
}

test('300 seeded hostile deck pushes each get a 4xx and store nothing', async () => {
  const random = seededRandom(12);
  const owner = await newSpace(env.server.base);
  const other = await newSpace(env.server.base);
  await call(env.server.base, 'POST', '/api/sync/decks', { token: owner.token, body: { decks: [deckVersion('fuzzed', '0')] } });
  const before = await snapshot(env.server.pool);
  for (let i = 0; i < 300; i++) {
    const m = deckMutant(random, other.spaceId);
    const res = await call(env.server.base, 'POST', '/api/sync/decks', { token: owner.token, body: m.raw ?? m.body });
    assert.ok(
      res.status >= 400 && res.status < 500,
      `deck case ${i} (${JSON.stringify(m).slice(0, 200)}) got ${res.status}: ${JSON.stringify(res.body)}`,
    );
  }
  assert.equal(await snapshot(env.server.pool), before, 'nothing changed');
});
