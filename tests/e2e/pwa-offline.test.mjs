// Offline: after one visit the service worker serves every screen, deep links and the deck with the
// network off, and a grade recorded offline survives an offline reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { DIST, countRows, eventually, reviewOneCard, setOnline, startReview, useApp, waitForServiceWorker } from './harness.mjs';

const pageErrors = [];
const app = useApp({}, async () => {
  app.browser.page.on('pageerror', (error) => pageErrors.push(error.message));
});

test('the service worker takes control of the page', { timeout: 30_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await waitForServiceWorker(page);
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  assert.equal(controller, `${app.server.url}/sw.js`);
});

test('the service worker precaches every file of the build, the deck included', { timeout: 30_000 }, async () => {
  const { page } = app.browser;
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  // The service worker itself and robots.txt need no precache; everything else does.
  const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => `${f.parentPath.slice(DIST.length)}/${f.name}`.replace(/\\/g, '/'))
    .filter((path) => !/^\/(sw\.js|workbox-\w+\.js|robots\.txt)$/.test(path));
  assert.deepEqual([...cached].sort(), [...files].sort());
  assert.ok(
    cached.some((path) => /^\/assets\/deck-senior-python-\w+\.json$/.test(path)),
    'the deck is precached',
  );
});

test('with the network off, a reload opens the app and every screen works, deep links included', { timeout: 30_000 }, async () => {
  const { page, context } = app.browser;
  await setOnline(context, app.server, false);
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  const today = await page.reload();
  assert.ok(today.fromServiceWorker(), 'the offline reload was answered by the service worker');
  await startReview(page, 16).waitFor();

  // Each screen loaded directly by its URL (its lazy chunk and the deck come from the precache).
  const screens = [
    ['/', () => page.getByRole('heading', { name: 'Today', level: 1 })],
    ['/review', () => page.getByText('Card 1 of 16')],
    ['/browse', () => page.getByRole('heading', { name: 'All cards', level: 1 })],
    ['/browse/gil', () => page.getByRole('heading', { name: /Global Interpreter Lock/, level: 1 })],
    ['/settings', () => page.getByRole('button', { name: 'Check for updates' })],
  ];
  for (const [path, visible] of screens) {
    const response = await page.goto(app.server.url + path);
    assert.ok(response.fromServiceWorker(), `${path} came from the service worker`);
    await visible().waitFor({ timeout: 5000 });
  }
  await page.getByRole('heading', { name: 'Storage' }).waitFor();

  // And by the app's own links, without a page load.
  await page.goto(app.server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' }).click();
  await page.getByRole('heading', { name: 'All cards', level: 1 }).waitFor();
  await page.locator('a.browse-card').first().click();
  await page.getByRole('heading', { name: 'Key points' }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  assert.deepEqual(pageErrors, []);
});

test('a card reviewed offline stays reviewed after another offline reload', { timeout: 30_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await startReview(page, 16).click();
  await page.getByText('Card 1 of 16').waitFor();
  await reviewOneCard(page, 5, 2);
  await page.getByText('Card 2 of 16').waitFor();
  await eventually(async () => (await countRows(page, 'reviews')) === 1, 'the grade is written to IndexedDB');

  await page.goto(app.server.url);
  await page.reload();
  await startReview(page, 15).waitFor();
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'still offline');
  assert.deepEqual(pageErrors, []);
});
