// The one paged pull every feed uses (server/paged-pull.ts), on a real PostgreSQL: for each feed (the log,
// retractions, deck versions) a row committed late by a concurrent transaction is held back below the
// watermark, then served, never skipped and never twice; a page cut short resumes after its last row; a
// cursor from a replaced database starts over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { connectPostgres, withClient } from '../../server/database.ts';
import { migrate } from '../../server/migrate.ts';
import { pullPage } from '../../server/paged-pull.ts';
import { REVIEW_FEED } from '../../server/sync-routes.ts';
import { RETRACTION_FEED } from '../../server/retractions.ts';
import { DECK_FEED } from '../../server/deck-routes.ts';
import { freshDatabase } from './pg-cluster.mjs';
import { review } from './helpers.mjs';

let db;
let database;
before(async () => {
  db = await freshDatabase();
  database = connectPostgres(db.url);
  await migrate(database.pool);
});
after(async () => {
  await database?.close();
  await db?.cleanup();
});

async function newSpace() {
  const id = randomUUID();
  await database.pool.query('INSERT INTO spaces (id, label, secret_hash) VALUES ($1, $2, $3)', [id, `label-${id}`, 'x:y']);
  return id;
}

/** Each feed, with how to insert one of its rows in a transaction and the id a served row has. */
const FEEDS = [
  {
    feed: REVIEW_FEED,
    insert: (client, spaceId) => {
      const r = review();
      return client
        .query(
          `INSERT INTO reviews (space_id, id, card_key, deck_id, card_id, time, day, grade, ticked, point_count, coverage, duration_ms, mode)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [spaceId, r.id, r.cardKey, r.deckId, r.cardId, r.time, r.day, r.grade, r.ticked, r.pointCount, r.coverage, r.durationMs, r.mode],
        )
        .then(() => r.id);
    },
    idOf: (row) => row.id,
  },
  {
    feed: RETRACTION_FEED,
    insert: (client, spaceId) => {
      const id = randomUUID();
      return client.query('INSERT INTO retractions (space_id, id) VALUES ($1, $2)', [spaceId, id]).then(() => id);
    },
    idOf: (row) => row.id,
  },
  {
    feed: DECK_FEED,
    insert: (client, spaceId) => {
      const id = `deck-${randomUUID().slice(0, 8)}`;
      return client
        .query('INSERT INTO deck_versions (space_id, deck_id, version, deck, hash, bytes) VALUES ($1, $2, $3, $4::jsonb, $5, $6)', [
          spaceId,
          id,
          '1',
          JSON.stringify({ id }),
          'h',
          10,
        ])
        .then(() => id);
    },
    idOf: (row) => row.deck.id,
  },
];

/** Every page after `cursor`, following `more`; returns the rows' ids and the last cursor. */
async function pullAll(feed, idOf, spaceId, cursor = '0:0', limit = '2') {
  const ids = [];
  for (;;) {
    const page = await withClient(database.pool, (client) => pullPage(client, feed, spaceId, { cursor, limit }));
    ids.push(...page.rows.map(idOf));
    cursor = page.cursor;
    if (!page.more) return { ids, cursor };
  }
}

for (const { feed, insert, idOf } of FEEDS) {
  test(`${feed.table}: a row committed late by a concurrent transaction is held back, then served, never skipped or twice`, async () => {
    const spaceId = await newSpace();
    const before = await withClient(database.pool, async (client) => [
      await insert(client, spaceId),
      await insert(client, spaceId),
      await insert(client, spaceId),
    ]);
    const early = new pg.Client({ connectionString: db.url });
    const late = new pg.Client({ connectionString: db.url });
    await early.connect();
    await late.connect();
    try {
      await early.query('BEGIN');
      const a = await insert(early, spaceId); // started first: lower txid and lower seq
      await late.query('BEGIN');
      const b = await insert(late, spaceId);
      await late.query('COMMIT'); // ...but commits first
      const meanwhile = await pullAll(feed, idOf, spaceId);
      assert.deepEqual(meanwhile.ids, before, 'the rows of finished transactions come in order; b waits above the running one');
      await early.query('COMMIT');
      const after = await pullAll(feed, idOf, spaceId, meanwhile.cursor);
      assert.deepEqual(after.ids.sort(), [a, b].sort(), 'both late rows arrive');
      const none = await pullAll(feed, idOf, spaceId, after.cursor);
      assert.deepEqual(none.ids, [], 'nothing comes twice');
      // A cursor that only followed seq would have lost `a`: b's seq is higher and was visible first.
      const order = await early.query(`SELECT seq FROM ${feed.table} WHERE space_id = $1 ORDER BY seq`, [spaceId]);
      assert.equal(order.rows.length, 5);
    } finally {
      await early.end();
      await late.end();
    }
  });
}

test('a page cut short by `fit` resumes after its last served row; `more` says so', async () => {
  const { feed, insert, idOf } = FEEDS[1];
  const spaceId = await newSpace();
  const ids = await withClient(database.pool, async (client) => {
    const out = [];
    for (let i = 0; i < 5; i++) out.push(await insert(client, spaceId));
    return out;
  });
  const first = await withClient(database.pool, (client) => pullPage(client, feed, spaceId, { limit: '4' }, () => 2));
  assert.deepEqual(first.rows.map(idOf), ids.slice(0, 2));
  assert.equal(first.more, true);
  const none = await withClient(database.pool, (client) => pullPage(client, feed, spaceId, { cursor: first.cursor, limit: '4' }, () => 0));
  assert.deepEqual(none.rows.map(idOf), [ids[2]], 'a page always serves at least one row, so a pull cannot stall');
  const rest = await pullAll(feed, idOf, spaceId, none.cursor);
  assert.deepEqual(rest.ids, ids.slice(3));
});

test('a cursor from beyond the transaction counter (a replaced database) starts over with reset', async () => {
  const { feed, insert, idOf } = FEEDS[1];
  const spaceId = await newSpace();
  const id = await withClient(database.pool, (client) => insert(client, spaceId));
  const page = await withClient(database.pool, (client) => pullPage(client, feed, spaceId, { cursor: '9999999999:1' }));
  assert.equal(page.reset, true);
  assert.deepEqual(page.rows.map(idOf), [id]);
  const normal = await withClient(database.pool, (client) => pullPage(client, feed, spaceId, {}));
  assert.equal(normal.reset, false);
});
