// `node --import tsx tests/perf/startup.mjs`: what Today does on start-up, measured in Chromium on a phone
// the size of Lighthouse's (412×823): the app's performance marks, every IndexedDB request by store
// (before and after the first render), the layout shifts with the nodes that moved, and LCP, with the CPU
// slowed 4× as Lighthouse's mobile run does. Three
// visits: a first one (nothing stored), a repeat one, and one with four months of grades and an
// interview date (the plan panel and the backup nudge show). Needs a build in dist/. Not a test: a tool
// to compare start-up before and after a change; it prints numbers and fails on nothing.
import { openBrowser, startServer } from '../e2e/harness.mjs';
import { seedDeckHistory } from '../e2e/stats-seed.mjs';
import { dayToIso } from '../../src/srs/days.ts';

const LIGHTHOUSE_PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

// Runs in the page before any of its scripts: counts IndexedDB requests and records layout shifts.
function instrument() {
  const log = (window.__startup = { idb: [], shifts: [], lcp: 0 });
  const wrap = (proto, kind, methods) => {
    for (const name of methods) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function (...args) {
        const store = kind === 'index' ? `${this.objectStore.name}.${this.name}` : this.name;
        log.idb.push({
          op: `${store} ${name}`,
          at: performance.now(),
          rendered: performance.getEntriesByName('rehearse:render').length > 0,
        });
        return original.apply(this, args);
      };
    }
  };
  const reads = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'];
  wrap(IDBObjectStore.prototype, 'store', [...reads, 'put', 'add', 'delete', 'clear']);
  wrap(IDBIndex.prototype, 'index', reads);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      log.shifts.push({
        value: +e.value.toFixed(4),
        at: Math.round(e.startTime),
        moved: e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''} ${s.previousRect.y}→${s.currentRect.y}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      log.lcp = {
        at: Math.round(e.startTime),
        node: `${e.element?.nodeName}.${e.element?.className} ${e.element?.textContent?.slice(0, 40)}`,
      };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function visit(page, url, label) {
  await page.goto(url);
  await page.locator('.group-row').first().waitFor();
  await page.waitForTimeout(2500); // past the idle work after the first render (reconcile, service worker)
  const result = await page.evaluate(() => ({
    ...window.__startup,
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('rehearse:'))
      .map((m) => `${m.name}@${Math.round(m.startTime)}`),
    fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
  }));
  const tally = (rows) =>
    Object.entries(rows.reduce((acc, r) => ((acc[r.op] = (acc[r.op] ?? 0) + 1), acc), {}))
      .map(([op, n]) => `${op}×${n}`)
      .join(', ');
  console.log(`\n== ${label}`);
  console.log(`marks: ${result.marks.join('  ') || '(none)'}   FCP ${result.fcp} ms   LCP ${result.lcp.at} ms (${result.lcp.node})`);
  console.log(`IndexedDB before the first render: ${tally(result.idb.filter((r) => !r.rendered)) || 'none'}`);
  console.log(`IndexedDB after it:                ${tally(result.idb.filter((r) => r.rendered)) || 'none'}`);
  const cls = result.shifts.reduce((sum, s) => sum + s.value, 0);
  console.log(
    `layout shifts: ${cls.toFixed(4)} in all${result.shifts.map((s) => `\n  ${s.value} at ${s.at} ms: ${s.moved.join('; ')}`).join('')}`,
  );
}

const server = await startServer();
const { context, page, close } = await openBrowser(LIGHTHOUSE_PHONE);
await context.addInitScript(instrument);
// Lighthouse's mobile CPU: 4× slower than this machine, so frames between the steps of start-up show.
await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
try {
  await visit(page, server.url, 'first visit (nothing stored)');
  await visit(page, server.url, 'repeat visit');
  const { today } = await seedDeckHistory(page);
  await page.evaluate(
    (date) =>
      new Promise((done) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'setting:interviewDate', value: date });
          tx.oncomplete = () => (open.result.close(), done());
        };
      }),
    dayToIso(today + 9),
  );
  await visit(page, server.url, 'four months of grades, an interview date, no backup');
} finally {
  await close();
  await server.stop();
}
