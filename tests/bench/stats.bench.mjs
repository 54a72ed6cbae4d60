// Benchmark: the Stats screen and the interview plan with 10,000 cards and 200,000 reviews (issue 9), in the
// production build in Debian's Chromium at phone size. `npm run bench -- stats`.
//   Stats shown            — from the click that navigates (in the app, no reload) until the screen marks
//                            'stats-ready' (every section filled in); target 500 ms.
//   longest task           — the longest main-thread task (PerformanceObserver 'longtask') from that click
//                            until 300 ms after 'stats-ready', and during Today's cold start with the plan;
//                            target 100 ms (a longer task blocks input).
//   Today cold start       — a reload until Today's decks and the plan panel are in the DOM, with the big
//                            database and with an empty one (same interview date); target: big ≤ 2 × empty.
//   totals built           — the seeded database has no kept per-day totals, like one from before the update
//                            that keeps them: from loading Today until the app, idle, has built them from the
//                            whole log (src/db/activity-build.ts), and the longest task meanwhile. Once per
//                            database; the figures above are measured after it.
// The database: 10,000 cards are 20 imported decks of at most 500 cards (the import limit,
// src/deck/import-check.ts) plus the built-in deck's 16 cards (tests/e2e/perf-db.mjs, `imported: true`).
import { openBrowser, startServer } from '../e2e/harness.mjs';
import { CARDS, OTHER_DECKS, REVIEWS, seedBigDatabase } from '../e2e/perf-db.mjs';
import { dayToIso, localDay } from '../../src/srs/days.ts';
import { percentile, writeBench } from './bench.mjs';

const STATS_MS = 500;
const TASK_MS = 100;
const RATIO = 2;
const RUNS = 5;
const BIG_DECK = OTHER_DECKS[0];
const INTERVIEW = dayToIso(localDay(Date.now()) + 14);

// In every page, before the app's scripts: long tasks, and when Today and the plan first reach the DOM.
function observe() {
  const perf = (window.__perf = { longTasks: [], todayAt: null, planAt: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (perf.todayAt === null && document.querySelector('main .group-row')) perf.todayAt = performance.now();
    if (perf.planAt === null && document.getElementById('plan-h')) perf.planAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Stores the interview date setting straight through IndexedDB (as Settings would). */
const setInterviewDate = (page, iso) =>
  page.evaluate(
    (iso) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'setting:interviewDate', value: iso });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    iso,
  );

/**
 * Deletes Stats' kept per-day totals (and any build of them): the app, idle on Today before the seed, kept those of
 * an empty log. Without them the database is like one from before the update that keeps them.
 */
const dropTotals = (page) =>
  page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete('stats:activity');
          tx.objectStore('meta').delete('stats:activity-build');
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
  );

/** Whether Stats' kept per-day totals are in the database yet. */
const totalsKept = (page) =>
  page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('stats:activity');
          get.onsuccess = () => (open.result.close(), done(get.result !== undefined));
          get.onerror = () => fail(get.error);
        };
        open.onerror = () => fail(open.error);
      }),
  );

/** Loads `url` and waits until the app has built the kept totals while idle; ms from navigation, and the longest task. */
async function totalsBuild(page, url) {
  await page.goto(url);
  for (const until = Date.now() + 120_000; !(await totalsKept(page)); await page.waitForTimeout(100)) {
    if (Date.now() > until) throw new Error('the app did not build the kept totals within 120 s of idle');
  }
  return page.evaluate(() => ({ built: performance.now(), longest: Math.max(0, ...window.__perf.longTasks.map((t) => t.duration)) }));
}

/** Reloads `url` RUNS times; each time, ms from navigation until Today and the plan are in the DOM, and the longest task. */
async function coldStarts(page, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__perf.planAt !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    runs.push(
      await page.evaluate(() => ({
        today: window.__perf.todayAt,
        plan: window.__perf.planAt,
        longest: Math.max(0, ...window.__perf.longTasks.filter((t) => t.start <= window.__perf.planAt + 300).map((t) => t.duration)),
      })),
    );
  }
  return runs;
}

/** From Today, navigates in the app to `href` RUNS times; ms until 'stats-ready', and the longest task meanwhile. */
async function statsVisits(page, url, href) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__perf.planAt !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(500); // let Today's own work finish
    await page.evaluate((href) => {
      // A link like the nav bar's, so the app's router handles it (preact-iso intercepts link clicks).
      const link = Object.assign(document.createElement('a'), { href, textContent: 'bench' });
      document.body.append(link);
      performance.mark('stats-nav');
      link.click();
    }, href);
    await page.waitForFunction(() => performance.getEntriesByName('stats-ready').length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    runs.push(
      await page.evaluate(() => {
        const from = performance.getEntriesByName('stats-nav')[0].startTime;
        const ready = performance.getEntriesByName('stats-ready')[0].startTime;
        const tasks = window.__perf.longTasks.filter((t) => t.start + t.duration >= from && t.start <= ready + 300);
        return { shown: ready - from, longest: Math.max(0, ...tasks.map((t) => t.duration)), tasks: tasks.length };
      }),
    );
  }
  return runs;
}

const round = (v) => Math.round(v * 10) / 10;
const server = await startServer();
const figures = [];
const notes = [];
try {
  // The empty database: Today's cold start with the same interview date.
  const empty = await openBrowser();
  let emptyRuns;
  try {
    await empty.context.addInitScript(observe);
    await empty.page.goto(server.url);
    await empty.page.getByRole('heading', { name: 'Today' }).waitFor();
    await setInterviewDate(empty.page, INTERVIEW);
    emptyRuns = await coldStarts(empty.page, server.url);
  } finally {
    await empty.close();
  }

  const big = await openBrowser();
  try {
    const { page } = big;
    await big.context.addInitScript(observe);
    const started = Date.now();
    await seedBigDatabase(page, server.url, { imported: true });
    await setInterviewDate(page, INTERVIEW);
    notes.push(
      `database seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${CARDS} cards (${OTHER_DECKS.length} imported decks of ≤ 500 + the built-in deck's 16), ${REVIEWS} reviews; interview on ${INTERVIEW}`,
    );
    const bigUrl = `${server.url}/?deck=${BIG_DECK}`;
    await dropTotals(page);
    const build = await totalsBuild(page, bigUrl);
    const bigRuns = await coldStarts(page, bigUrl);
    const deckStats = await statsVisits(page, bigUrl, `/stats?deck=${BIG_DECK}`);
    const mainStats = await statsVisits(page, server.url, '/stats');

    const median = (runs, key) =>
      round(
        percentile(
          runs.map((r) => r[key]),
          50,
        ),
      );
    const worst = (runs, key) => round(Math.max(...runs.map((r) => r[key])));
    for (const [label, runs] of [
      [`${BIG_DECK} (500 cards, ~10,000 reviews)`, deckStats],
      ['the built-in deck (16 cards)', mainStats],
    ]) {
      figures.push({
        name: `Stats shown, ${label}, median`,
        value: median(runs, 'shown'),
        unit: 'ms',
        target: `≤ ${STATS_MS} ms`,
        ok: median(runs, 'shown') <= STATS_MS,
      });
      figures.push({
        name: `Stats shown, ${label}, worst`,
        value: worst(runs, 'shown'),
        unit: 'ms',
        target: `≤ ${STATS_MS} ms`,
        ok: worst(runs, 'shown') <= STATS_MS,
      });
      figures.push({
        name: `longest task while Stats loads, ${label}`,
        value: worst(runs, 'longest'),
        unit: 'ms',
        target: `≤ ${TASK_MS} ms`,
        ok: worst(runs, 'longest') <= TASK_MS,
      });
    }
    figures.push({
      name: 'Stats totals built from the whole log while Today is idle (once per database)',
      value: round(build.built / 1000),
      unit: 's',
    });
    figures.push({
      name: 'longest task while the totals are built',
      value: round(build.longest),
      unit: 'ms',
      target: `≤ ${TASK_MS} ms`,
      ok: build.longest <= TASK_MS,
    });
    const emptyMedian = median(emptyRuns, 'plan');
    const bigMedian = median(bigRuns, 'plan');
    const ratio = Math.round((bigMedian / emptyMedian) * 100) / 100;
    figures.push({ name: 'Today cold start with the plan, empty database, median', value: emptyMedian, unit: 'ms' });
    figures.push({ name: `Today cold start with the plan, big database (${BIG_DECK}), median`, value: bigMedian, unit: 'ms' });
    figures.push({ name: 'Today cold start, big ÷ empty', value: ratio, unit: '×', target: `≤ ${RATIO} ×`, ok: ratio <= RATIO });
    figures.push({ name: 'Today decks shown (before the plan), big database, median', value: median(bigRuns, 'today'), unit: 'ms' });
    figures.push({
      name: 'longest task in Today cold start with the plan, big database',
      value: worst(bigRuns, 'longest'),
      unit: 'ms',
      target: `≤ ${TASK_MS} ms`,
      ok: worst(bigRuns, 'longest') <= TASK_MS,
    });
    figures.push({
      name: 'longest task in Today cold start with the plan, empty database',
      value: worst(emptyRuns, 'longest'),
      unit: 'ms',
    });
    notes.push(
      `${RUNS} runs of each; Stats reached by an in-app link from Today (the first run also loads the Stats chunk); cold start = page load until the plan panel is in the DOM`,
      `Stats runs (ms shown / longest task): ${BIG_DECK} ${deckStats.map((r) => `${round(r.shown)}/${round(r.longest)}`).join(', ')}; built-in ${mainStats.map((r) => `${round(r.shown)}/${round(r.longest)}`).join(', ')}`,
      `Today cold start runs (ms, plan shown): empty ${emptyRuns.map((r) => round(r.plan)).join(', ')}; big ${bigRuns.map((r) => round(r.plan)).join(', ')}`,
      'phone viewport 390×844, Debian Chromium headless',
    );
  } finally {
    await big.close();
  }
  writeBench('stats', { title: 'Stats and the interview plan with 10,000 cards and 200,000 reviews', figures, notes });
} finally {
  await server.stop();
}
