// `npm run server` with no configuration: the real command, PGlite inside, on a free port. It serves the
// built app with its headers and answers a push and a pull. (Needs dist/: run `npm run build` first.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { call, review } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `npm run server` in its own process group; resolves with its address once it is listening. */
function startNpmServer(dataDir) {
  const env = { ...process.env, PORT: '0', REHEARSE_DATA_DIR: dataDir, REHEARSE_QUIET: '1' };
  delete env.DATABASE_URL; // no configuration: the embedded PGlite
  // detached: npm starts sh, tsx and node; killing the group stops them all (STACK.md trap 9).
  const child = spawn('npm', ['run', 'server'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const address = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line in 120 s:\n${output}`)), 120_000);
    const read = (chunk) => {
      output += chunk;
      const m = /rehearse server listening on (http:\/\/\S+) \(database: (\w+)\)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ base: m[1], database: m[2] });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run server exited (${code}):\n${output}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { address, stop: () => (process.kill(-child.pid, 'SIGTERM'), exited) };
}

test('npm run server with no configuration serves the app and syncs', { timeout: 180_000 }, async () => {
  assert.ok(existsSync(join(root, 'dist/index.html')), 'build the app first (npm run build)');
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-npm-server-'));
  const server = startNpmServer(join(dataDir, 'pglite'));
  try {
    const { base, database } = await server.address;
    assert.equal(database, 'pglite');

    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.doesNotMatch(page.headers.get('content-security-policy') ?? '', /unsafe-inline/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const sw = await fetch(`${base}/sw.js`);
    assert.equal(sw.status, 200);
    assert.equal(sw.headers.get('cache-control'), 'no-cache', 'sw.js is revalidated, never cached');
    const asset = readdirSync(join(root, 'dist/assets')).find((f) => f.endsWith('.js'));
    assert.match((await fetch(`${base}/assets/${asset}`)).headers.get('cache-control') ?? '', /immutable/);

    const space = await call(base, 'POST', '/api/spaces', { body: { deviceName: 'smoke' } });
    assert.equal(space.status, 201);
    const row = review();
    const pushed = await call(base, 'POST', '/api/sync/push', { token: space.body.token, body: { reviews: [row] } });
    assert.deepEqual(pushed.body, { held: [row.id], retracted: [] });
    const pulled = await call(base, 'GET', '/api/sync/pull?cursor=0:0', { token: space.body.token });
    assert.equal(pulled.status, 200);
    assert.deepEqual(
      pulled.body.reviews.map((r) => r.id),
      [row.id],
    );
    // A retraction on PGlite too: the row leaves the space and the retraction is pulled.
    const kept = review();
    await call(base, 'POST', '/api/sync/push', { token: space.body.token, body: { reviews: [kept], retractions: [row.id] } });
    const after = await call(base, 'GET', '/api/sync/pull?cursor=0:0', { token: space.body.token });
    assert.deepEqual(
      after.body.reviews.map((r) => r.id),
      [kept.id],
    );
    const retractions = await call(base, 'GET', '/api/sync/retractions?cursor=0:0', { token: space.body.token });
    assert.deepEqual(retractions.body.ids, [row.id]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
