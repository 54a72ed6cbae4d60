// Sync across engines: a WebKit profile (MiniBrowser) and a Chromium profile pair through the real sync server
// (`npm run server`'s app, serving the built app); a grade made in either reaches the other, log and card states
// identical. Runs under xvfb-run with the other WebKit suite.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, readStore, reviewOneCard, waitForServiceWorker } from '../e2e/harness.mjs';
import { startSyncServer } from '../e2e/sync-server.mjs';
import { openWebKitDriver } from './drivers.mjs';
import { engineSuite } from './suite.mjs';
import * as flow from './flows.mjs';

let sync;
const s = engineSuite(openWebKitDriver, {
  serve: async () => {
    sync = await startSyncServer();
    return { url: sync.address, stop: sync.close };
  },
});
let chromium;
const chromiumErrors = [];
before(async () => {
  chromium = await openBrowser();
  chromium.page.on('pageerror', (e) => chromiumErrors.push(e.message));
});
after(async () => chromium?.close());

const byId = (rows) => [...rows].sort((x, y) => String(x.id ?? x.key).localeCompare(String(y.id ?? y.key)));
/** Whether this profile finished a sync at or after `since` (the app's own record; a function run in the page). */
function syncedSince(since) {
  return new Promise((done) => {
    const open = indexedDB.open('rehearse');
    open.onsuccess = () => {
      const r = open.result.transaction('meta').objectStore('meta').get('sync:lastSynced');
      r.onsuccess = () => (open.result.close(), done((r.result?.value ?? 0) >= since));
    };
  });
}

/** Presses "Sync now" in WebKit's Settings and waits until a sync started after it has finished. */
async function syncWebKit(d) {
  const since = Date.now();
  await d.goto(`${s.url}/settings`);
  // The button reads "Syncing…" while a sync the app started by itself (after pairing, after a grade) runs.
  await d.click('button', 'Sync now', 60_000);
  await d.waitFor('a sync after the press', syncedSince, [since], 20_000);
}

/** The same in Chromium. */
async function syncChromium() {
  const since = Date.now();
  await chromium.page.goto(`${s.url}/settings`);
  await chromium.page.getByRole('button', { name: 'Sync now' }).click({ timeout: 60_000 });
  await chromium.page.waitForFunction(syncedSince, since, { timeout: 20_000 });
}

s.step('a WebKit profile and a Chromium profile pair, and grades made in either reach the other', async (d) => {
  // Chromium turns sync on and shows the pairing code.
  await chromium.page.goto(s.url);
  await waitForServiceWorker(chromium.page);
  await chromium.page.goto(`${s.url}/settings`);
  await chromium.page.getByRole('button', { name: 'Turn on sync' }).click();
  const code = (await chromium.page.getByTestId('pairing-code').innerText()).trim();

  // WebKit types it in.
  await flow.firstVisit(d, s.url);
  await d.goto(`${s.url}/settings`);
  await d.type('#pair-code', code.replaceAll('-', ' '));
  await d.click('button', 'Pair this device');
  await d.waitForText('(this device)');
  // Pairing starts the first sync by itself: let it finish before grading (the button reads "Syncing…" until then).
  await d.waitForText('Sync now', 'button', 60_000);

  // A grade in WebKit reaches Chromium.
  await d.goto(s.url);
  await d.click('a[href="/review"]', 'Start review');
  await d.click('.review-bar .show', 'Show answer');
  await d.click('.checklist label');
  await d.click('button[data-grade="5"]');
  await d.waitFor('the grade saved', () => document.querySelector('.status-line[data-saving="0"]') !== null);
  await syncWebKit(d);
  await syncChromium();
  const fromWebKit = byId(await d.evaluate(flow.readStoreInPage, 'reviews'));
  assert.equal(fromWebKit.length, 1);
  assert.deepEqual(byId(await readStore(chromium.page, 'reviews')), fromWebKit, 'Chromium holds the grade made in WebKit');

  // A grade in Chromium reaches WebKit; both hold the same log and the same card states.
  await chromium.page.goto(`${s.url}/review`);
  await reviewOneCard(chromium.page, 3, 1);
  await syncChromium();
  await syncWebKit(d);
  const both = byId(await readStore(chromium.page, 'reviews'));
  assert.equal(both.length, 2);
  assert.deepEqual(byId(await d.evaluate(flow.readStoreInPage, 'reviews')), both, 'WebKit holds the grade made in Chromium');
  assert.deepEqual(
    byId(await d.evaluate(flow.readStoreInPage, 'cards')),
    byId(await readStore(chromium.page, 'cards')),
    'the same card states',
  );
  assert.deepEqual(chromiumErrors, []);
});
