// Updates across two builds on one origin: a new version waits (no reload, no banner during a review,
// not even when another tab accepts it); accepting it on Today reloads into it and keeps the progress.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST,
  buildApp,
  countRows,
  eventually,
  openBrowser,
  reviewOneCard,
  setOnline,
  startReview,
  startServer,
  waitForServiceWorker,
} from './harness.mjs';

const SECOND_BUILD = `e2e-second-${Date.now().toString(36)}`;

let tmp;
let first;
let second;
let server;
let browser;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'rehearse-update-'));
  first = join(tmp, 'first');
  second = join(tmp, 'second');
  // A copy of dist, so a rebuild of dist while this runs cannot change "build 1" under the test.
  await cp(DIST, first, { recursive: true });
  await buildApp(second, { REHEARSE_BUILD_ID: SECOND_BUILD });
  server = await startServer(first);
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const entryScript = (page) => page.evaluate(() => document.querySelector('script[type="module"]').src);
const marked = (page) => page.evaluate(() => window.__sameDocument === true);
const waitingWorker = (page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

async function settingsVersion(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  return page.getByTestId('version').innerText();
}

/**
 * Clicks with `click` and waits for the page to load again; if it does not, the error says where the workers
 * stood (an intermittent no-reload was seen in CI runs; this is what to look at next time).
 */
async function reloadsInto(page, click) {
  try {
    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), click()]);
  } catch (error) {
    const workers = await page
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const state = (w) => (w ? `${w.state}` : 'none');
        return `installing ${state(r?.installing)}, waiting ${state(r?.waiting)}, active ${state(r?.active)}, controlled ${Boolean(navigator.serviceWorker.controller)}, at ${location.pathname}`;
      })
      .catch((e) => `unreadable (${e.message})`);
    throw new Error(`no reload after the click (${error.message.split('\n')[0]}); workers: ${workers}`, { cause: error });
  }
}

let firstVersion;
let firstEntry;

test('a new build never interrupts a review; accepting it on Today reloads into it with progress kept', { timeout: 60_000 }, async () => {
  const { page, context } = browser;
  await page.goto(server.url);
  await waitForServiceWorker(page);
  firstVersion = await settingsVersion(page);
  assert.match(firstVersion, /^Version \d+\.\d+\.\d+ \(build .+\)$/);
  assert.ok(!firstVersion.includes(SECOND_BUILD));
  firstEntry = await entryScript(page);

  await page.goto(server.url);
  await startReview(page, 16).click();
  await reviewOneCard(page, 5, 2);
  await page.getByText('Card 2 of 16').waitFor();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.evaluate(() => (window.__sameDocument = true));

  // A second tab in the middle of its own review.
  const otherTab = await context.newPage();
  await otherTab.goto(`${server.url}/review`);
  await otherTab.getByText('Card 1 of 15').waitFor();
  await otherTab.getByRole('button', { name: /Show answer/ }).click();
  await otherTab.evaluate(() => (window.__sameDocument = true));
  await page.bringToFront(); // a background tab gets no animation frames, and clicks wait for them

  // Deploy build 2 and let the browser find it.
  server.state.root = second;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await eventually(() => waitingWorker(page), 'the new version is installed and waiting');
  await page.waitForTimeout(500);

  assert.ok(await marked(page), 'no reload by itself');
  assert.equal(new URL(page.url()).pathname, '/review');
  assert.equal(await page.getByText('Card 2 of 16').count(), 1, 'still on the same card');
  assert.equal(await page.locator('button[data-grade="4"]').count(), 1, 'the answer is still shown');
  assert.equal(await page.getByText('Update available').count(), 0, 'no update banner during a review');
  await page.locator('button[data-grade="4"]').click();
  await page.getByText('Card 3 of 16').waitFor();
  await eventually(async () => (await countRows(page, 'reviews')) === 2, 'both grades are saved');

  // Leaving the review: the banner appears.
  await page.getByRole('link', { name: 'End session' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  const banner = page.getByRole('status').filter({ hasText: 'Update available' });
  await banner.waitFor();
  assert.ok(await marked(page), 'still no reload');

  await reloadsInto(page, () => banner.getByRole('button', { name: 'Reload to update' }).click());
  await startReview(page, 14).waitFor();
  assert.equal(await marked(page), false, 'the page reloaded');
  assert.notEqual(await entryScript(page), firstEntry, "it runs the new build's code");
  assert.match(await settingsVersion(page), new RegExp(`\\(build ${SECOND_BUILD}\\)`));

  // The other tab was taken over by the new version too, but waits for its review to end before reloading.
  await otherTab.bringToFront();
  await otherTab.waitForTimeout(1000);
  assert.ok(await marked(otherTab), 'the tab in a review did not reload');
  assert.equal(await otherTab.getByText('Card 1 of 15').count(), 1);
  await Promise.all([otherTab.waitForEvent('load'), otherTab.getByRole('link', { name: 'End session' }).click()]);
  await otherTab.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  assert.equal(await marked(otherTab), false, 'it reloaded once the review ended');
  assert.notEqual(await entryScript(otherTab), firstEntry);
  await otherTab.close();
  await page.bringToFront();
});

test('Settings "Check for updates" says when the app is current, finds a new build and reloads into it', { timeout: 30_000 }, async () => {
  const { page, context } = browser;
  await page.goto(`${server.url}/settings`);
  const panel = page.getByRole('region', { name: 'App' });
  await panel.getByRole('button', { name: 'Check for updates' }).click();
  await panel.getByText('You have the latest version.').waitFor();

  await setOnline(context, server, false);
  await panel.getByRole('button', { name: 'Check for updates' }).click();
  await panel.getByText('Could not check for updates (are you offline?)').waitFor();
  await setOnline(context, server, true);

  // Any different build is an update, so going back to build 1 works as a third deploy.
  server.state.root = first;
  await page.evaluate(() => (window.__sameDocument = true));
  await panel.getByRole('button', { name: 'Check for updates' }).click();
  await panel.getByText('A new version is ready.').waitFor();
  assert.ok(await marked(page), 'found, but not applied without asking');
  await reloadsInto(page, () => panel.getByRole('button', { name: 'Reload to update' }).click());
  await page.getByTestId('version').waitFor();
  assert.equal(await page.getByTestId('version').innerText(), firstVersion);
  assert.equal(await entryScript(page), firstEntry);
});

// Issue 14: right after a load the service worker is not registered yet (it registers after the load event,
// slower on a busy phone), and "Check for updates" said "are you offline?" while online.
const slowRegistration = (delayMs) => {
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    return delayMs === null ? new Promise(() => {}) : new Promise((r) => setTimeout(r, delayMs)).then(() => register.apply(this, args));
  };
};

test(
  '"Check for updates" clicked right after a load waits for the service worker instead of blaming the network',
  { timeout: 60_000 },
  async () => {
    server.state.root = first;
    const fresh = await openBrowser();
    try {
      await fresh.context.addInitScript(slowRegistration, 3_000);
      await fresh.page.goto(`${server.url}/settings`);
      const panel = fresh.page.getByRole('region', { name: 'App' });
      await panel.getByRole('button', { name: 'Check for updates' }).click();
      await panel.getByText('Checking…').waitFor();
      await panel.getByText('You have the latest version.').waitFor({ timeout: 20_000 });
    } finally {
      await fresh.close();
    }
  },
);

test('"Check for updates" says the app is still setting up when the service worker never registers', { timeout: 60_000 }, async () => {
  const fresh = await openBrowser();
  try {
    await fresh.context.addInitScript(slowRegistration, null);
    await fresh.page.goto(`${server.url}/settings`);
    const panel = fresh.page.getByRole('region', { name: 'App' });
    await panel.getByRole('button', { name: 'Check for updates' }).click();
    await panel
      .getByText('Rehearse is still setting itself up for offline use, so it cannot check yet; try again in a minute.')
      .waitFor({ timeout: 20_000 });
    assert.equal(await panel.getByText(/offline\?/).count(), 0);
  } finally {
    await fresh.close();
  }
});
