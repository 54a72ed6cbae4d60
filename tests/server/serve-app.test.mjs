// The server hosts the built app: hashed assets immutable, sw.js and index.html revalidated, CSP as a
// header (with frame-ancestors), app routes answered with index.html, and the API never cached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { useServer } from './helpers.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const env = useServer({ distDir: dist });

test('cache headers and the CSP header on the built app', async () => {
  const asset = readdirSync(`${dist}/assets`).find((f) => f.endsWith('.js'));
  const cases = [
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/settings', 'no-cache'],
    [`/assets/${asset}`, 'public, max-age=31536000, immutable'],
  ];
  for (const [path, cache] of cases) {
    const res = await fetch(env.server.base + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('cache-control'), cache, path);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'.*frame-ancestors 'none'/, path);
    await res.arrayBuffer();
  }
  // The header is the page's own policy (which allows its inline stylesheet by hash) plus frame-ancestors.
  const index = readFileSync(`${dist}/index.html`, 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(index)[1];
  assert.match(meta, /style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='/, 'the page allows its inline stylesheet by hash');
  assert.equal((await fetch(env.server.base)).headers.get('content-security-policy'), `${meta}; frame-ancestors 'none'`);
  const page = await (await fetch(`${env.server.base}/review/some-card`)).text();
  assert.match(page, /<div id="app"|<!doctype html>/i, 'an app route gets the app page');
  // Every screen's address is the app's page, never a folder of the build (a /decks/ folder once shadowed /decks).
  for (const route of ['/decks', '/browse', '/stats', '/mock', '/settings']) {
    const res = await fetch(env.server.base + route, { redirect: 'manual' });
    assert.equal(res.status, 200, route);
    assert.match(await res.text(), /<div id="app">/, route);
  }
  const deck = readdirSync(`${dist}/assets`).find((f) => /^deck-.+\.json$/.test(f));
  assert.equal(
    (await fetch(`${env.server.base}/assets/${deck}`)).headers.get('cache-control'),
    'public, max-age=31536000, immutable',
    'a built-in deck is hashed and cached for ever',
  );
  const api = await fetch(`${env.server.base}/api/nothing-here`);
  assert.equal(api.status, 404);
  assert.equal(api.headers.get('cache-control'), 'no-store');
  assert.match(
    await (await fetch(`${env.server.base}/sw.js`)).text(),
    /\^\\\/api\\\//,
    'the service worker never answers /api navigations',
  );
});

test('the entry stylesheet is inline, and every file the built code names exists', () => {
  const index = readFileSync(`${dist}/index.html`, 'utf8');
  assert.doesNotMatch(index, /<link[^>]+rel="stylesheet"/, 'no render-blocking stylesheet link on the page');
  assert.match(index, /<style>[^<]*--accent[^<]*<\/style>/, "the app's base styles are inline");
  // A lazy screen's preload list once named the inlined stylesheet, which the build no longer writes.
  for (const file of readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`${dist}/assets/${file}`, 'utf8');
    for (const [, named] of code.matchAll(/"(assets\/[\w.-]+\.(?:js|css))"/g)) {
      assert.ok(existsSync(`${dist}/${named}`), `${file} names ${named}, which the build does not have`);
    }
  }
});

test('text is sent compressed to a client that accepts it, and as is to one that does not', async () => {
  const script = readdirSync(`${dist}/assets`).find((f) => /^index-.+\.js$/.test(f));
  const raw = readFileSync(`${dist}/assets/${script}`);
  for (const [path, size] of [
    ['/', null],
    ['/settings', null],
    [`/assets/${script}`, raw.length],
  ]) {
    const gz = await request(env.server.base + path, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', path);
    const body = gunzipSync(gz.body);
    assert.match(gz.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/, `${path} keeps its headers`);
    if (size) assert.ok(gz.body.length < size / 2 && body.equals(raw), `${path} is the same file, in under half the bytes`);
    else assert.match(body.toString(), /<div id="app">/, path);
    const plain = await request(env.server.base + path, { 'accept-encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined, `${path} uncompressed when asked`);
  }
});

test('a compressed request body is refused, never inflated', async () => {
  const before = (await env.server.pool.query('SELECT count(*)::int AS n FROM spaces')).rows[0].n;
  const post = (headers, body) =>
    fetch(`${env.server.base}/api/spaces`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const body = JSON.stringify({ deviceName: 'phone' });
  const res = await post({ 'content-encoding': 'gzip' }, gzipSync(body));
  assert.ok(res.status >= 400 && res.status < 500 && res.status !== 404, `status ${res.status}`);
  assert.equal((await env.server.pool.query('SELECT count(*)::int AS n FROM spaces')).rows[0].n, before, 'no space was made');
  // The same body as sent makes a space: the refusal was for the encoding.
  assert.ok((await post({}, body)).ok);
  assert.equal((await env.server.pool.query('SELECT count(*)::int AS n FROM spaces')).rows[0].n, before + 1);
});

/** A GET that leaves the body as sent (fetch would decompress it). */
function request(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}
