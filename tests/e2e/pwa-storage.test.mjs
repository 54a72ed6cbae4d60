// Durable storage: the app asks for persistent storage once, when the first review session ends (never in the
// middle of one: Firefox asks the user), and Settings says whether storage is persistent. On iOS Safari,
// Settings warns about the 7-day clean-up and says how to install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countRows, eventually, openBrowser, reviewOneCard, startReview, useApp } from './harness.mjs';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const PERSISTENT = 'Storage is persistent: the browser will not clear your progress to free space.';
const NOT_YET =
  /^Storage is not persistent yet: the browser may clear your progress.* Rehearse asks for persistent storage when your first review session ends/;
const REFUSED = /^Storage is not persistent: the browser may clear your progress.* did not grant persistent storage when Rehearse asked/;

const persistCalls = [];
const app = useApp({}, async () => {
  // Count calls to navigator.storage.persist() in every document (the real call still happens).
  await app.browser.context.exposeBinding('__persistCalled', (_source, answer) => persistCalls.push(answer));
  await app.browser.context.addInitScript(() => {
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = async () => {
      const answer = await persist();
      await window.__persistCalled(answer);
      return answer;
    };
  });
});

test('persistent storage is asked for once, when the first session ends, and Settings says the answer', { timeout: 30_000 }, async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/settings`);
  const status = page.getByTestId('persistence');
  await status.filter({ hasNotText: 'Checking' }).waitFor();
  const persistedAtStart = await page.evaluate(() => navigator.storage.persisted());
  if (!persistedAtStart) assert.match(await status.innerText(), NOT_YET);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await startReview(page, 16).click();
  await page.getByText('Card 1 of 16').waitFor();
  assert.deepEqual(persistCalls, [], 'not asked before any work is done');

  await reviewOneCard(page, 5, 1);
  await reviewOneCard(page, 4, 1);
  await eventually(async () => (await countRows(page, 'reviews')) === 2, 'both grades saved');
  assert.deepEqual(persistCalls, [], 'not asked in the middle of a session');
  await page.getByRole('link', { name: 'End session' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await eventually(() => persistCalls.length === 1, 'persist() is called when the session ends');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await status.filter({ hasNotText: 'Checking' }).waitFor();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  const text = await status.innerText();
  if (persisted) assert.equal(text, PERSISTENT);
  else assert.match(text, REFUSED);
  assert.equal(persistCalls.length, 1, 'asked only once');
  assert.equal(await page.getByText('Safari may delete').count(), 0, 'no Safari warning in Chromium');
});

test(
  'on iOS Safari, Settings warns about the clean-up after weeks without a visit and offers "Add to Home Screen", backups and sync',
  { timeout: 30_000 },
  async () => {
    const safari = await openBrowser({ userAgent: IPHONE_SAFARI });
    try {
      const { page } = safari;
      // Safari has no beforeinstallprompt; Chromium would fire one (and the app would show its Install button).
      await page.addInitScript(() =>
        window.addEventListener('beforeinstallprompt', (e) => e.stopImmediatePropagation(), { capture: true }),
      );
      await page.goto(`${app.server.url}/settings`);
      await page.getByRole('heading', { name: 'Storage' }).waitFor();
      await page
        .getByText("Safari may delete this site's data, your progress included, after a few weeks without a visit", { exact: false })
        .waitFor();
      const offers = page.getByRole('list', { name: 'How to protect your progress' });
      await offers.getByText('tap Share, then "Add to Home Screen"', { exact: false }).waitFor();
      await offers.getByRole('link', { name: 'Backup' }).waitFor();
      await offers.getByRole('link', { name: 'Sync' }).waitFor();
      await page.getByTestId('install-steps').getByText('tap Share, then "Add to Home Screen"', { exact: false }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Install Rehearse' }).count(), 0);
    } finally {
      await safari.close();
    }
  },
);
