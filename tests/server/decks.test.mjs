// Deck versions on a real PostgreSQL: a push is idempotent, the same version with other content is refused
// (never overwritten), a deck the importer would refuse is refused, the space cap holds, pulls page through
// every version once, a version committed past the watermark is not skipped (rule 2), and each space sees
// only its own decks (rule 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src/deck/parse.ts';
import { call, deckVersion, newSpace, useServer } from './helpers.mjs';

const env = useServer({ maxDeckVersions: 12 });
const push = (token, decks) => call(env.server.base, 'POST', '/api/sync/decks', { token, body: { decks } });

async function pullDecks(token, cursor = '0:0', limit = 20) {
  const decks = [];
  let pages = 0;
  for (;;) {
    const res = await call(env.server.base, 'GET', `/api/sync/decks?cursor=${cursor}&limit=${limit}`, { token });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    decks.push(...res.body.decks);
    cursor = res.body.cursor;
    pages++;
    if (!res.body.more) return { decks, cursor, pages };
  }
}

const count = async (spaceId) =>
  (await env.server.pool.query('SELECT count(*)::int AS n FROM deck_versions WHERE space_id = $1', [spaceId])).rows[0].n;

test('pushing a version twice stores it once; the same version with other content is refused and the stored one kept', async () => {
  const a = await newSpace(env.server.base);
  const v1 = deckVersion('mini', '1');
  const first = await push(a.token, [v1]);
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.deepEqual(first.body, { held: [{ id: 'mini', version: '1' }], refused: [] });
  const again = await push(a.token, [v1]);
  assert.deepEqual(again.body, { held: [{ id: 'mini', version: '1' }], refused: [] }, 'a repeat is answered as held');
  assert.equal(await count(a.spaceId), 1);

  const changed = deckVersion('mini', '1', 'What is y?');
  const v2 = deckVersion('mini', '2', 'What is z?');
  const clash = await push(a.token, [changed, v2]);
  assert.equal(clash.status, 200);
  assert.deepEqual(clash.body.held, [{ id: 'mini', version: '2' }]);
  assert.equal(clash.body.refused.length, 1);
  assert.deepEqual({ ...clash.body.refused[0], problem: undefined }, { id: 'mini', version: '1', problem: undefined });
  assert.match(clash.body.refused[0].problem, /already synced with other content/);
  const { decks } = await pullDecks(a.token);
  assert.deepEqual(
    decks.map((d) => [d.deck.version, d.deck.cards[0].prompt]),
    [
      ['1', 'What is `x`?'],
      ['2', 'What is z?'],
    ],
    'version 1 was not overwritten',
  );
  assert.deepEqual(decks[0].deck, v1, 'a pulled deck is the pushed deck');
  assert.match(decks[0].hash, /^[0-9a-f]{64}$/);
});

test('a deck the importer would refuse is refused with the reason, and nothing is stored', async () => {
  const a = await newSpace(env.server.base);
  const good = deckVersion('good', '1');
  const noFollowUps = { ...deckVersion('bad', '1'), cards: [{ ...good.cards[0], followUps: ['only one'] }] };
  const res = await push(a.token, [good, noFollowUps]);
  assert.equal(res.status, 400);
  assert.match(res.body.error, /deck "bad" version 1 would not import: line \d+: card "first" needs at least 2 follow-ups/);
  assert.deepEqual(res.body.refused, { id: 'bad', version: '1' });
  const tooMany = { ...good, cards: Array.from({ length: 501 }, (_, i) => ({ ...good.cards[0], id: `c${i}` })) };
  assert.equal((await push(a.token, [tooMany])).status, 400, 'more than 500 cards');
  const huge = { ...good, description: 'x'.repeat(999_000), cards: [{ ...good.cards[0], prompt: 'y'.repeat(2000) }] };
  const big = await push(a.token, [huge]);
  assert.equal(big.status, 400, 'more than 1 MB of text');
  assert.match(big.body.error, /a deck may be at most 1 MB/);
  // A prompt that writes another card into the file does not read back as the deck pushed.
  const smuggled = { ...good, cards: [{ ...good.cards[0], prompt: 'Hi?\n\n### Card smuggled\n> Q?' }] };
  const sm = await push(a.token, [smuggled]);
  assert.equal(sm.status, 400);
  assert.match(sm.body.error, /would not import|does not read back/);
  const extra = { ...good, spaceId: a.spaceId };
  assert.equal((await push(a.token, [extra])).status, 400, 'a field the app does not have');
  assert.equal(await count(a.spaceId), 0);
});

test('a space keeps at most its cap of versions; the rest are refused, not stored', async () => {
  const a = await newSpace(env.server.base);
  for (let v = 1; v <= 12; v += 4) {
    const res = await push(
      a.token,
      [1, 2, 3, 4].map((i) => deckVersion('capped', String(v + i - 1))),
    );
    assert.equal(res.body.held.length, 4);
  }
  const over = await push(a.token, [deckVersion('capped', '13'), deckVersion('capped', '1')]);
  assert.deepEqual(over.body.held, [{ id: 'capped', version: '1' }], 'a version it holds is still held');
  assert.match(over.body.refused[0].problem, /the most deck versions it may \(12\)/);
  assert.equal(await count(a.spaceId), 12);
});

test('pulls page through every version once, in push order, and a space sees only its own decks', async () => {
  const a = await newSpace(env.server.base);
  const b = await newSpace(env.server.base);
  for (let v = 1; v <= 7; v++) assert.equal((await push(a.token, [deckVersion('paged', String(v))])).status, 200);
  // B pushes the same id and version with other content: spaces are separate, so that is no clash.
  const theirs = await push(b.token, [deckVersion('paged', '1', 'Theirs?')]);
  assert.deepEqual(theirs.body.refused, []);

  const paged = await pullDecks(a.token, '0:0', 3);
  assert.equal(paged.pages, 3);
  assert.deepEqual(
    paged.decks.map((d) => d.deck.version),
    ['1', '2', '3', '4', '5', '6', '7'],
  );
  assert.ok(
    paged.decks.every((d) => d.deck.cards[0].prompt === 'What is `x`?'),
    'none of B',
  );
  const fromB = await pullDecks(b.token);
  assert.deepEqual(
    fromB.decks.map((d) => [d.deck.id, d.deck.cards[0].prompt]),
    [['paged', 'Theirs?']],
  );

  // After the last cursor, nothing more until something new is pushed.
  const none = await pullDecks(a.token, paged.cursor);
  assert.deepEqual(none.decks, []);
  await push(a.token, [deckVersion('paged', '8')]);
  assert.deepEqual(
    (await pullDecks(a.token, paged.cursor)).decks.map((d) => d.deck.version),
    ['8'],
  );

  // A body naming another space changes nothing: the credential decides.
  const sneaky = await call(env.server.base, 'POST', '/api/sync/decks', {
    token: a.token,
    body: { decks: [deckVersion('x', '1')], spaceId: b.spaceId },
  });
  assert.equal(sneaky.status, 400);
  assert.equal(await count(b.spaceId), 1);
  assert.equal((await call(env.server.base, 'GET', '/api/sync/decks')).status, 401);
  assert.equal((await call(env.server.base, 'POST', '/api/sync/decks', { body: { decks: [deckVersion('x', '1')] } })).status, 401);
});

test('rule 2: a version committed while another transaction runs is held back, then served, never skipped', async () => {
  const a = await newSpace(env.server.base);
  await push(a.token, [deckVersion('late', '1')]);
  const first = await pullDecks(a.token);
  assert.deepEqual(
    first.decks.map((d) => d.deck.version),
    ['1'],
  );
  const blocker = new pg.Client({ connectionString: env.db.url });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_current_xact_id()');
    assert.equal((await push(a.token, [deckVersion('late', '2')])).body.held.length, 1);
    const meanwhile = await pullDecks(a.token, first.cursor);
    assert.deepEqual(meanwhile.decks, [], 'held back below the watermark');
    assert.equal(meanwhile.cursor, first.cursor, 'the cursor does not move past it');
  } finally {
    await blocker.query('COMMIT');
    await blocker.end();
  }
  assert.deepEqual(
    (await pullDecks(a.token, first.cursor)).decks.map((d) => d.deck.version),
    ['2'],
  );
});

test('a pull page stops early once it is big (decks may be 1 MB each) and the next page has the rest', async () => {
  const a = await newSpace(env.server.base);
  const big = (v) => ({ ...deckVersion('big', String(v)), description: `${v}`.repeat(900_000) });
  for (let v = 1; v <= 4; v++) assert.equal((await push(a.token, [big(v)])).status, 200);
  const page = await call(env.server.base, 'GET', '/api/sync/decks?cursor=0:0&limit=20', { token: a.token });
  assert.equal(page.body.decks.length, 3);
  assert.equal(page.body.more, true);
  const all = await pullDecks(a.token);
  assert.deepEqual(
    all.decks.map((d) => d.deck.version),
    ['1', '2', '3', '4'],
  );
  assert.equal(all.decks[3].deck.description.length, 900_000);
});

test("a deck of drill cards syncs as it was pushed; a broken drill card is refused; an older app's outline deck still syncs", async () => {
  const a = await newSpace(env.server.base);
  const parsed = parseDeck(readFileSync(new URL('../unit/deck/fixtures/drills.md', import.meta.url), 'utf8'));
  assert.ok(parsed.ok);
  const drills = parsed.deck;
  const ok = await push(a.token, [drills]);
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  const { decks } = await pullDecks(a.token);
  assert.deepEqual(decks[0].deck, drills, 'choices, the right one, code, why and Python come back as pushed');

  const twoRight = {
    ...drills,
    version: '2',
    cards: drills.cards.map((c) => (c.id === 'queue-fits' ? { ...c, correct: 0, choices: c.choices } : c)),
  };
  const noChoices = {
    ...drills,
    version: '3',
    cards: drills.cards.map((c) => (c.id === 'queue-fits' ? { ...c, choices: [], correct: -1 } : c)),
  };
  const refused = await push(a.token, [noChoices]);
  assert.equal(refused.status, 400);
  assert.match(refused.body.error, /choice card "queue-fits" is missing its "#### Choices" section/);
  const moved = await push(a.token, [twoRight]);
  assert.equal(moved.status, 200, 'another right choice is a valid new version');

  const old = deckVersion('old-app', '1');
  const drillFields = ['kind', 'answer', 'why', 'code', 'choices', 'correct', 'python', 'run'];
  const bare = { ...old, cards: old.cards.map((c) => Object.fromEntries(Object.entries(c).filter(([key]) => !drillFields.includes(key)))) };
  const held = await push(a.token, [bare]);
  assert.equal(held.status, 200, JSON.stringify(held.body));
  assert.deepEqual(held.body.held, [{ id: 'old-app', version: '1' }]);
});
