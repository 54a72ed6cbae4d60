// A screen whose code cannot be fetched (offline before it was cached, or removed by a deploy) says so
// and offers Retry, instead of leaving the previous screen or a blank page; Retry loads it once it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { SHOTS, useApp } from './harness.mjs';

// No service worker: it would precache the chunk and answer the request before the test can fail it.
const app = useApp({ serviceWorkers: 'block' });
const SETTINGS_CHUNK = /\/assets\/settings-[\w-]+\.js$/;

test('a screen that fails to load says so, and Retry shows it once its code can be fetched', { timeout: 60_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

  let blocked = 0;
  await page.route(SETTINGS_CHUNK, (route) => {
    blocked++;
    return route.abort('internetdisconnected');
  });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'This screen did not load', level: 1 }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Check your connection, then retry.' }).waitFor();
  assert.ok(blocked > 0, 'the Settings chunk was requested and failed');
  assert.equal(await page.getByRole('heading', { name: 'Today', level: 1 }).count(), 0, 'the previous screen is gone');

  for (const [scheme, width] of [
    ['light', 390],
    ['dark', 390],
    ['light', 320],
  ]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 844 });
    if (width === 390) assert.deepEqual(await axeViolations(page), [], `axe, ${scheme}`);
    await page.screenshot({ path: join(SHOTS, `screen-load-failed-${width}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });

  // Still failing: Retry tries again and says so again.
  const before = blocked;
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('button', { name: 'Retry' }).waitFor();
  assert.ok(blocked > before, 'Retry fetched the chunk again');
  await page.getByRole('heading', { name: 'This screen did not load', level: 1 }).waitFor();

  // The network is back: Retry shows the screen, with no reload.
  await page.unroute(SETTINGS_CHUNK);
  await page.evaluate(() => (window.notReloaded = true));
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.equal(await page.getByRole('heading', { name: 'This screen did not load' }).count(), 0);

  // The other screens were never affected.
  await nav.getByRole('link', { name: 'Browse' }).click();
  await page.getByRole('heading', { name: 'All cards', level: 1 }).waitFor();
});
