// Faults: the server killed with SIGKILL in the middle of a push, and PostgreSQL restarted in the middle
// of a sync. After retrying, every row is on the server exactly once and the device's outbox is empty.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { RehearseDb } from '../../src/db/schema.ts';
import { recordGrade } from '../../src/db/record.ts';
import { waitingCount } from '../../src/db/sync-store.ts';
import { createSpace } from '../../src/sync/api.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { clusterUrl, freshDatabase, restartServer, startCluster, removeCluster, stopServer } from './pg-cluster.mjs';
import { startServer } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROWS = 2500;

async function fill(name) {
  const device = new RehearseDb(name);
  const start = Date.UTC(2026, 10, 10, 8);
  for (let i = 0; i < ROWS; i++) {
    await recordGrade(device, {
      deckId: 'senior-python',
      cardId: `card-${i % 50}`,
      grade: i % 6,
      ticked: [],
      pointCount: 5,
      durationMs: 3000,
      mode: i % 4 ? 'review' : 'drill',
      time: start + i * 120_000,
    });
  }
  return device;
}

async function serverCounts(url, spaceId) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM reviews WHERE space_id = $1', [spaceId]);
  await c.end();
  return rows[0];
}

async function waitFor(check, what) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Syncs until a sync succeeds (a real client retries on its next trigger). */
async function syncUntilDone(device, credential) {
  for (let i = 0; i < 20; i++) {
    try {
      return await syncOnce(device, credential);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error('sync never succeeded');
}

function spawnServer(url) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PORT: '0', REHEARSE_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
  return { child, base };
}

test('SIGKILL of the server in the middle of a push: after a restart every row arrives once', async () => {
  const db = await freshDatabase();
  try {
    const device = await fill('sigkill');
    let server = spawnServer(db.url);
    const base = await server.base;
    const { credential } = await createSpace(base, 'phone');
    const syncing = syncOnce(device, credential).catch((e) => e);
    await waitFor(async () => (await serverCounts(db.url, credential.spaceId)).n > 0, 'the first pushed rows');
    server.child.kill('SIGKILL');
    assert.ok((await syncing) instanceof Error, 'the interrupted sync fails');
    const landed = await serverCounts(db.url, credential.spaceId);
    assert.ok(landed.n < ROWS, `the push was cut short (${landed.n} of ${ROWS} rows)`);

    server = spawnServer(db.url);
    const again = { ...credential, server: await server.base };
    await syncUntilDone(device, again);
    assert.deepEqual(await serverCounts(db.url, credential.spaceId), { n: ROWS, d: ROWS });
    assert.equal(await waitingCount(device), 0);
    server.child.kill('SIGTERM');
  } finally {
    await db.cleanup();
  }
});

test('PostgreSQL restarted in the middle of a sync: every row arrives once', async (t) => {
  if (process.getuid?.() !== 0) throw new Error('this test restarts PostgreSQL, so it starts its own cluster: run it as root');
  const dir = startCluster();
  t.after(() => removeCluster(dir));
  const url = clusterUrl(dir);
  const server = await startServer(url);
  t.after(() => server.close());
  const device = await fill('pg-restart');
  const { credential } = await createSpace(server.base, 'laptop');
  const syncing = syncOnce(device, credential).catch((e) => e);
  await waitFor(async () => (await serverCounts(url, credential.spaceId)).n > 0, 'the first pushed rows');
  stopServer(dir, 'immediate');
  restartServer(dir);
  await syncing;
  await syncUntilDone(device, credential);
  assert.deepEqual(await serverCounts(url, credential.spaceId), { n: ROWS, d: ROWS });
  assert.equal(await waitingCount(device), 0);
  const other = new RehearseDb('pg-restart-other');
  await syncUntilDone(other, credential);
  assert.equal(await other.reviews.count(), ROWS, 'a second device pulls every row once');
});
