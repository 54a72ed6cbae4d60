// Class load on loopback: 100 classes of 50 students each push summaries after sessions while their
// instructors open the view, through the real server on a real PostgreSQL; then the view of one
// 200-student class, opened again and again. Reports p50/p95/p99, summaries lost (must be 0) and the server's
// memory; writes test-results/bench/class-load.json. Fails (exit code 1) when a summary is lost or the
// 200-student view's p95 is over 150 ms. Usage: `npm run bench -- class-load` (PostgreSQL as
// for sync-load: a throwaway cluster when run as root, else REHEARSE_TEST_PG).
import { register } from 'tsx/esm/api';
import { percentile, writeBench } from './bench.mjs';

register();
const { freshDatabase } = await import('../server/pg-cluster.mjs');
const { startServer, call } = await import('../server/helpers.mjs');
const { classDeck, joinClass, startClass, summaryOf, today } = await import('../server/class-helpers.mjs');
const { enrolStudent } = await import('../../server/class-routes.ts');

const CLASSES = Number(process.env.BENCH_CLASSES ?? 100);
const STUDENTS = 50;
const SESSIONS = 3;
const VIEWS_PER_CLASS = 10;
const BIG_CLASS = 200;
const BIG_VIEWS = 200;
const FRESH_VIEWS = 50;
const CONCURRENCY = 100;
const TIME_LIMIT_MS = 900_000;
// Six groups of ten cards: a bootcamp deck of 60 questions.
const DECK = classDeck('bench-deck', '1', 6, 10);

const db = await freshDatabase();
const server = await startServer(db.url, { createPerMinute: 1e6, joinPerMinute: 1e6, joinPerClassPerMinute: 1e6 });
const deadline = setTimeout(() => {
  console.error(`class-load: over the ${TIME_LIMIT_MS / 1000} s limit`);
  process.exit(1);
}, TIME_LIMIT_MS);

async function inParallel(items, fn, concurrency = CONCURRENCY) {
  const queue = [...items.entries()];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await fn(next[1], next[0]);
    }),
  );
}

/** A student's summary after session `n`: grades and readiness vary by student so the view has work to do. */
function sessionSummary(student, n) {
  const s = summaryOf(DECK, {
    grade: (student * 7 + n) % 6,
    readiness: ((student * 13 + n * 5) % 100) / 100,
    activeDays14: Math.min(14, n + 1),
    day: today() - (student % 10),
  });
  s.decks[0].cards = s.decks[0].cards.slice(0, 20 + ((student + n * 10) % 40));
  return s;
}

async function classWith(students, sharing = () => true) {
  const cls = await startClass(server.base, 'Bench class');
  await call(server.base, 'POST', '/api/classes/teach/decks', { token: cls.token, body: { deck: DECK } });
  // Two students join through the API (the code's scrypt check included); the rest are enrolled directly,
  // as 5,000 scrypt checks would make the setup, not the load, take minutes on two cores.
  const joined = [await joinClass(server.base, cls.joinCode, 'Joined 1'), await joinClass(server.base, cls.joinCode, 'Joined 2')];
  const members = [...joined];
  for (let i = 2; i < students; i++) members.push(await enrolStudent(server.pool, cls.classId, `Student ${i}`, sharing(i)));
  return { ...cls, members };
}

try {
  const classes = [];
  await inParallel(Array.from({ length: CLASSES }), async () => classes.push(await classWith(STUDENTS)), 10);

  const pushes = [];
  const views = [];
  const timed = async (into, fn) => {
    const t = performance.now();
    const res = await fn();
    into.push(performance.now() - t);
    if (res.status >= 300) throw new Error(`status ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };
  // Every student pushes after each of SESSIONS sessions; each class's instructor opens the view between them.
  const work = [];
  for (const [c, cls] of classes.entries()) {
    for (const [s, st] of cls.members.entries()) work.push({ kind: 'push', token: st.token, student: c * STUDENTS + s });
    for (let v = 0; v < VIEWS_PER_CLASS; v++) work.push({ kind: 'view', token: cls.token });
  }
  const t0 = performance.now();
  for (let n = 0; n < SESSIONS; n++) {
    await inParallel(work, (w) =>
      w.kind === 'push'
        ? timed(pushes, () =>
            call(server.base, 'PUT', '/api/classes/study/summary', { token: w.token, body: sessionSummary(w.student, n) }),
          )
        : n === SESSIONS - 1
          ? timed(views, () => call(server.base, 'GET', '/api/classes/teach/view', { token: w.token }))
          : Promise.resolve(),
    );
  }
  const wall = performance.now() - t0;

  // Lost: a student whose stored summary is not the one they pushed last.
  let lost = 0;
  const stored = await server.pool.query('SELECT student_id, active_days, decks FROM class_summaries');
  const byStudent = new Map(stored.rows.map((r) => [r.student_id, r]));
  for (const [c, cls] of classes.entries()) {
    for (const [s, st] of cls.members.entries()) {
      const last = sessionSummary(c * STUDENTS + s, SESSIONS - 1);
      const row = byStudent.get(st.studentId);
      if (!row || row.active_days !== last.activeDays14 || row.decks[DECK.id].cards.length !== last.decks[0].cards.length) lost++;
    }
  }

  // One 200-student class (all sharing), its view opened again and again.
  const big = await classWith(BIG_CLASS);
  await inParallel(
    big.members,
    (st, i) => call(server.base, 'PUT', '/api/classes/study/summary', { token: st.token, body: sessionSummary(i, 0) }),
    20,
  );
  const bigViews = [];
  for (let i = 0; i < BIG_VIEWS; i++)
    await timed(bigViews, () => call(server.base, 'GET', '/api/classes/teach/view', { token: big.token }));
  // The same view right after a student's push each time: never from the cache, computed from every row.
  const freshViews = [];
  for (let i = 0; i < FRESH_VIEWS; i++) {
    await call(server.base, 'PUT', '/api/classes/study/summary', { token: big.members[i % BIG_CLASS].token, body: sessionSummary(i, 1) });
    await timed(freshViews, () => call(server.base, 'GET', '/api/classes/teach/view', { token: big.token }));
  }
  const sample = await call(server.base, 'GET', '/api/classes/teach/view', { token: big.token });
  const viewBytes = JSON.stringify(sample.body).length;

  const pct = (values, p) => Math.round(percentile(values, p) * 10) / 10;
  const mem = process.memoryUsage();
  const bigP95 = pct(bigViews, 95);
  const result = writeBench('class-load', {
    title: `Class load: ${CLASSES} classes of ${STUDENTS} students push summaries, instructors open the view`,
    figures: [
      { name: 'summary push p50', value: pct(pushes, 50), unit: 'ms' },
      { name: 'summary push p95', value: pct(pushes, 95), unit: 'ms' },
      { name: 'summary push p99', value: pct(pushes, 99), unit: 'ms' },
      { name: 'view (50 students) p50', value: pct(views, 50), unit: 'ms' },
      { name: 'view (50 students) p95', value: pct(views, 95), unit: 'ms' },
      { name: 'view (50 students) p99', value: pct(views, 99), unit: 'ms' },
      { name: 'requests per second', value: Math.round((pushes.length + views.length) / (wall / 1000)), unit: 'req/s' },
      { name: 'summaries lost', value: lost, unit: 'students', target: '= 0', ok: lost === 0 },
      { name: `view of a ${BIG_CLASS}-student class p50`, value: pct(bigViews, 50), unit: 'ms' },
      { name: `view of a ${BIG_CLASS}-student class p95`, value: bigP95, unit: 'ms', target: '≤ 150', ok: bigP95 <= 150 },
      { name: `view of a ${BIG_CLASS}-student class p99`, value: pct(bigViews, 99), unit: 'ms' },
      { name: `view of a ${BIG_CLASS}-student class right after a push p50`, value: pct(freshViews, 50), unit: 'ms' },
      { name: `view of a ${BIG_CLASS}-student class right after a push p95`, value: pct(freshViews, 95), unit: 'ms' },
      { name: `view of a ${BIG_CLASS}-student class, size`, value: Math.round(viewBytes / 1000), unit: 'kB' },
      { name: 'server RSS', value: Math.round(mem.rss / 1e6), unit: 'MB' },
      { name: 'server heap used', value: Math.round(mem.heapUsed / 1e6), unit: 'MB' },
    ],
    notes: [
      `${CLASSES * STUDENTS} students each push ${SESSIONS} summaries of a ${DECK.cards.length}-card deck (20–59 cards graded); ${pushes.length} pushes and ${views.length} views, ${CONCURRENCY} at a time`,
      `the ${BIG_CLASS}-student view: ${BIG_VIEWS} requests one after another, after every student pushed a summary; then ${FRESH_VIEWS} more, each right after one student's push (so computed, not cached)`,
      'the view is cached per class and computed again after any write the view shows (server/class-view-cache.ts); the 200-student figures are mostly cache hits, the 50-student ones mostly recomputations',
      'server and load generator share one Node process on a shared 2-core machine; PostgreSQL on a Unix socket',
    ],
  });
  // Losing a summary fails the command, and so does a 200-student view over its 150 ms p95 (the figure).
  if (result.figures.some((f) => f.name === 'summaries lost' && f.ok === false)) process.exitCode = 1;
  if (bigP95 > 150) {
    console.error(`class-load: the ${BIG_CLASS}-student view took ${bigP95} ms at p95, over 150 ms`);
    process.exitCode = 1;
  }
} finally {
  clearTimeout(deadline);
  await server.close();
  await db.cleanup();
}
