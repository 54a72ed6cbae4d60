// Server test helpers: an in-process server on a random loopback port over a given PostgreSQL, and rows.
import { before, after } from 'node:test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildApp } from '../../server/app.ts';
import { connectPostgres } from '../../server/database.ts';
import { migrate } from '../../server/migrate.ts';
import { parseDeck } from '../../src/deck/parse.ts';
import { reviewCoverage } from '../../src/srs/grading.ts';
import { freshDatabase } from './pg-cluster.mjs';

/**
 * A fresh database and a server over it for one test file (started before its tests, removed after):
 * `.db` (url, cleanup) and `.server` (base, pool, close) of the returned object once the tests run.
 */
export function useServer(options = {}) {
  const env = { db: null, server: null };
  before(async () => {
    env.db = await freshDatabase();
    env.server = await startServer(env.db.url, options);
  });
  after(async () => {
    await env.server?.close();
    await env.db?.cleanup();
  });
  return env;
}

/** Starts the API (no static app unless distDir) on 127.0.0.1:0 over the database at `url`. */
export async function startServer(url, options = {}) {
  const database = connectPostgres(url);
  await migrate(database.pool);
  const app = await buildApp({ pool: database.pool, ...options });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base: address,
    pool: database.pool,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Calls the API; returns { status, body }. `body` may be an object (sent as JSON) or a raw string. */
export async function call(base, method, path, { token, body, headers = {} } = {}) {
  const init = { method, headers: { ...headers } };
  if (token) init.headers.authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['content-type'] ??= 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
}

/** Creates a space; returns its first device's { token, spaceId, deviceId, pairingCode }. */
export async function newSpace(base, deviceName = 'laptop') {
  const res = await call(base, 'POST', '/api/spaces', { body: { deviceName } });
  if (res.status !== 201) throw new Error(`create space: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A review row the app's log gate admits, on `day` (days since 1970, UTC), with overrides. */
export function review(day = 20_000, overrides = {}) {
  const deckId = overrides.deckId ?? 'senior-python';
  const cardId = overrides.cardId ?? `card-${Math.floor(Math.random() * 50)}`;
  const row = {
    id: randomUUID(),
    cardKey: `${deckId}/${cardId}`,
    deckId,
    cardId,
    time: day * 86_400_000 + 12 * 3_600_000,
    day,
    grade: 4,
    ticked: [0, 1],
    pointCount: 5,
    durationMs: 12_000,
    mode: 'review',
    ...overrides,
  };
  return { ...row, coverage: overrides.coverage ?? reviewCoverage(row.ticked.length, row.pointCount, row.grade) };
}

/** Pulls everything after `cursor` (following `more`); returns { reviews, cursor }. */
export async function pullAll(base, token, cursor = '0:0') {
  const reviews = [];
  for (;;) {
    const res = await call(base, 'GET', `/api/sync/pull?cursor=${cursor}&limit=500`, { token });
    if (res.status !== 200) throw new Error(`pull: ${res.status} ${JSON.stringify(res.body)}`);
    reviews.push(...res.body.reviews);
    cursor = res.body.cursor;
    if (!res.body.more) return { reviews, cursor, settings: res.body.settings };
  }
}

const DECK_FIXTURE = readFileSync(new URL('../unit/deck/fixtures/valid.md', import.meta.url), 'utf8');

/** A small valid deck as the app stores it (the parser fixture), with its id, version and first prompt changed. */
export function deckVersion(id, version, prompt = 'What is `x`?') {
  const text = DECK_FIXTURE.replace('# Deck mini:', `# Deck ${id}:`)
    .replace('Version: 1', `Version: ${version}`)
    .replace('> What is `x`?', `> ${prompt}`);
  const result = parseDeck(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.deck;
}
