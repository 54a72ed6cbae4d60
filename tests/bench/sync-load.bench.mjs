// Sync load on loopback: 500 simulated devices (250 spaces of two) each push a day of grades and pull
// their partner's, through the real server on a real PostgreSQL. Reports p50/p95/p99 latency, rows
// lost and duplicated (both must be 0) and the server's memory; writes test-results/bench/sync-load.json
// through bench.mjs. Usage: `npm run bench -- sync-load`. PostgreSQL: run as root (as on these machines and in
// CI), it starts a throwaway cluster of Debian's postgresql-15 and removes it afterwards (tests/server/pg-cluster.mjs);
// otherwise set REHEARSE_TEST_PG to a connection string whose user may CREATE DATABASE.
import { register } from 'tsx/esm/api';
import { percentile, writeBench } from './bench.mjs';

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
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await fn(next[1], next[0]);
    }),
  );
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
  const pct = (p) => Math.round(percentile(latencies, p) * 10) / 10;
  const mem = process.memoryUsage();
  const rowsStored = total.rows[0].n;
  const rowsPushed = DEVICES * ROWS_PER_DEVICE;
  const duplicated = duplicates + (total.rows[0].n - total.rows[0].d);
  const result = writeBench('sync-load', {
    title: `Sync load: ${DEVICES} devices push and pull on loopback`,
    figures: [
      { name: 'request latency p50', value: pct(50), unit: 'ms' },
      { name: 'request latency p95', value: pct(95), unit: 'ms' },
      { name: 'request latency p99', value: pct(99), unit: 'ms' },
      { name: 'requests per second', value: Math.round(latencies.length / (wall / 1000)), unit: 'req/s' },
      { name: 'wall time', value: Math.round(wall / 100) / 10, unit: 's' },
      { name: 'rows lost', value: lost, unit: 'rows', target: '= 0', ok: lost === 0 },
      { name: 'rows duplicated', value: duplicated, unit: 'rows', target: '= 0', ok: duplicated === 0 },
      { name: 'rows stored', value: rowsStored, unit: 'rows', target: `= ${rowsPushed} pushed`, ok: rowsStored === rowsPushed },
      { name: 'server RSS', value: Math.round(mem.rss / 1e6), unit: 'MB' },
      { name: 'server heap used', value: Math.round(mem.heapUsed / 1e6), unit: 'MB' },
    ],
    notes: [
      `${DEVICES} devices (${DEVICES / 2} spaces of two), ${ROWS_PER_DEVICE} rows each pushed in two overlapping halves, then pulled; ${latencies.length} requests, ${CONCURRENCY} at a time`,
      'server and load generator share one Node process on a shared 2-core machine; PostgreSQL on a Unix socket',
    ],
  });
  // Losing or duplicating a row fails the command (correctness, not a timing).
  if (result.figures.some((f) => f.ok === false)) process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  await server.close();
  await db.cleanup();
}
