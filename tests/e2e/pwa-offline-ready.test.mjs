// "Ready to work offline": said once, when the first service worker has cached the app; a polite status
// the user can dismiss; not said again on the next visit, and never during a review. The service worker and the
// decks' upkeep start only once Today has painted its groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { SHOTS, openBrowser, useApp } from './harness.mjs';

const app = useApp();
const NOTICE = /Ready to work offline/;

test('once the app is cached, a dismissible notice says it works offline; it does not come back', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  const notice = page.getByRole('status').filter({ hasText: NOTICE });
  await notice.waitFor({ timeout: 30_000 });
  // It came only once the precache was complete: the service worker is active with every file cached.
  assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active !== null));
  assert.ok(await page.evaluate(async () => (await caches.keys()).length > 0), 'the app is cached');

  for (const [scheme, width] of [
    ['light', 390],
    ['dark', 390],
    ['light', 320],
  ]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 844 });
    if (width === 390) assert.deepEqual(await axeViolations(page), [], `axe, ${scheme}`);
    await page.screenshot({ path: join(SHOTS, `offline-ready-${width}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });

  // Not over a review (it waits), and back on Today until dismissed.
  await page.getByRole('link', { name: /Start review \(16 cards\)/ }).click();
  await page.getByText('Card 1 of 16').waitFor();
  assert.equal(await page.getByText(NOTICE).count(), 0, 'no notice during a review');
  await page.goBack(); // within the app: no page load
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await notice.waitFor();
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });

  // The next visit is served by the same service worker: nothing new was cached, nothing to say.
  await page.reload();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.getByText(NOTICE).count(), 0, 'said once only');
});

test(
  "a first visit fetches the service worker's code and the decks' upkeep only after Today has painted",
  { timeout: 60_000 },
  async () => {
    const fresh = await openBrowser();
    try {
      const { page } = fresh;
      // When the first group row is in the page, on the page's own clock.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.group-row')) return;
          window.__groupsAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(app.server.url);
      await page.waitForFunction(
        () => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true),
        null,
        { timeout: 30_000 },
      );
      await page.waitForFunction(
        () => performance.getEntriesByType('resource').some((r) => /\/deck-reconcile-[\w-]+\.js$/.test(r.name)),
        null,
        { timeout: 30_000 },
      );
      const { groupsAt, started } = await page.evaluate(() => ({
        groupsAt: window.__groupsAt,
        started: performance
          .getEntriesByType('resource')
          .filter((r) => /\/(workbox-window[\w.-]*|deck-reconcile-[\w-]+)\.js$/.test(r.name))
          .map((r) => ({ name: r.name.replace(/.*\//, ''), at: r.startTime })),
      }));
      assert.ok(groupsAt > 0, 'Today painted its groups');
      assert.equal(started.length, 2, `both chunks were fetched (${JSON.stringify(started)})`);
      for (const { name, at } of started)
        assert.ok(at >= groupsAt, `${name} was fetched at ${Math.round(at)} ms, before the groups painted at ${Math.round(groupsAt)} ms`);
    } finally {
      await fresh.close();
    }
  },
);
