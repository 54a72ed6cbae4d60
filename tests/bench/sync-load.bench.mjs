// Sync load on loopback: 500 simulated devices (250 spaces of two) each push a day of grades and pull
// their partner's, through the real server on a real PostgreSQL. Reports p50/p95/p99 latency, rows
// lost and duplicated (both must be 0) and the server's memory; writes test-results/bench/sync-load.json.
// Usage: node tests/bench/sync-load.bench.mjs   (REHEARSE_TEST_PG or root for a throwaway cluster)
import { register } from 'tsx/esm/api';
import { mkdirSync, writeFileSync } from 'node:fs';

register();
const { freshDatabase } = await import('../server/pg-cluster.mjs');
const { startServer, call, newSpace, pullAll, review } = await import('../server/helpers.mjs');

const DEVICES = Number(process.env.BENCH_DEVICES ?? 500);
const ROWS_PER_DEVICE = 40;
const CONCURRENCY = 100;
const TIME_LIMIT_MS = 240_000;

const db = await freshDatabase();
const server = await startServer(db.url, { pairPerMinute: 1e6, createPerMinute: 1e6 });
const deadline = setTimeout(() => {
  console.error(`sync-load: over the ${TIME_LIMIT_MS / 1000} s limit`);
  process.exit(1);
}, TIME_LIMIT_MS);

async function pool(items, fn) {
  const queue = [...items.entries()];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await fn(next[1], next[0]);
  }));
}

try {
  // Setup (not timed): spaces and pairings.
  const devices = [];
  await pool(Array.from({ length: DEVICES / 2 }), async (_, i) => {
    const first = await newSpace(server.base, `a${i}`);
    const paired = await call(server.base, 'POST', '/api/pair', { body: { code: first.pairingCode, deviceName: `b${i}` } });
    devices.push({ space: i, token: first.token, rows: [] }, { space: i, token: paired.body.token, rows: [] });
  });
  for (const d of devices) d.rows = Array.from({ length: ROWS_PER_DEVICE }, (_, k) => review(20_400 + (k % 7)));

  const latencies = [];
  const timed = async (fn) => {
    const t = performance.now();
    const r = await fn();
    latencies.push(performance.now() - t);
    return r;
  };
  const t0 = performance.now();
  // Every device pushes in two halves (the second half re-sends the first: idempotence under load), then pulls.
  await pool(devices, async (d) => {
    const half = ROWS_PER_DEVICE / 2;
    await timed(() => call(server.base, 'POST', '/api/sync/push', { token: d.token, body: { reviews: d.rows.slice(0, half) } }));
    await timed(() => call(server.base, 'POST', '/api/sync/push', { token: d.token, body: { reviews: d.rows } }));
    await timed(() => call(server.base, 'GET', '/api/sync/pull?cursor=0:0&limit=500', { token: d.token }));
  });
  const wall = performance.now() - t0;

  // Check: every device now pulls exactly its space's rows, each once.
  let lost = 0;
  let duplicates = 0;
  await pool(devices, async (d) => {
    const partner = devices.find((o) => o.space === d.space && o !== d);
    const expected = new Set([...d.rows, ...partner.rows].map((r) => r.id));
    const { reviews } = await pullAll(server.base, d.token);
    const ids = reviews.map((r) => r.id);
    duplicates += ids.length - new Set(ids).size;
    lost += [...expected].filter((id) => !ids.includes(id)).length;
  });
  const total = await server.pool.query('SELECT count(*)::int AS n, count(DISTINCT (space_id, id))::int AS d FROM reviews');
  latencies.sort((a, b) => a - b);
  const pct = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] * 10) / 10;
  const mem = process.memoryUsage();
  const result = {
    devices: DEVICES,
    requests: latencies.length,
    rowsPushed: DEVICES * ROWS_PER_DEVICE,
    rowsStored: total.rows[0].n,
    wallSeconds: Math.round(wall / 100) / 10,
    requestsPerSecond: Math.round(latencies.length / (wall / 1000)),
    p50ms: pct(50),
    p95ms: pct(95),
    p99ms: pct(99),
    rowsLost: lost,
    duplicates: duplicates + (total.rows[0].n - total.rows[0].d),
    serverRssMB: Math.round(mem.rss / 1e6),
    serverHeapMB: Math.round(mem.heapUsed / 1e6),
    note: 'server and load generator share one Node process on a shared 2-core machine; PostgreSQL 15 on a Unix socket',
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync('test-results/bench', { recursive: true });
  writeFileSync('test-results/bench/sync-load.json', JSON.stringify(result, null, 2));
  if (result.rowsLost !== 0 || result.duplicates !== 0 || result.rowsStored !== result.rowsPushed) process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  await server.close();
  await db.cleanup();
}
