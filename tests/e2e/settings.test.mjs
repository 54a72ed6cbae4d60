// Settings: the theme sticks across reloads, new cards per day limits the review, reset needs a confirmation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, readStore, reviewOneCard, startReview, useApp } from './harness.mjs';

const app = useApp({ colorScheme: 'light' });

/** Waits until setting `key` is stored as `value` (a setting is written a moment after the change: leaving the page sooner could cut the write short). */
const saved = (page, key, value) =>
  eventually(
    async () => (await readStore(page, 'meta')).some((r) => r.key === `setting:${key}` && r.value === value),
    `the setting ${key} is saved`,
  );

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('a dark theme chosen in Settings overrides a light system and survives a reload', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/settings`);
  const light = await background(page);
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.notEqual(await background(page), light);
  await page.reload();
  await page.getByRole('radio', { name: 'Dark' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Dark' }).isChecked());
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.getByRole('radio', { name: 'Match the system' }).check();
  assert.equal(await background(page), light);
});

test('new cards per day limits the daily review', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/settings`);
  await page.getByLabel('New cards per day').selectOption('4');
  await saved(page, 'newPerDay', 4);
  await page.goto(app.server.url);
  await startReview(page, 4).click();
  await reviewOneCard(page, 5, 0);
  await page.goto(app.server.url);
  await startReview(page, 3).waitFor();
  await page.goto(`${app.server.url}/settings`);
  await page.getByLabel('New cards per day').selectOption('0');
  await saved(page, 'newPerDay', 0);
});

test('an interview date shows each group readiness on that day', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/settings`);
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel(/Interview date/).fill(inTwoWeeks);
  await saved(page, 'interviewDate', inTwoWeeks);
  await page.goto(app.server.url);
  // One Runtime card was reviewed once (grade 5): 1 × 2/3 maturity ÷ 4 cards = 17% today, less by the interview.
  const runtime = page.getByRole('region', { name: /^Runtime, GIL & Concurrency(, |$)/ });
  await runtime.getByText('17%').waitFor();
  const later = await runtime.getByText(/On interview day: \d+% if you stop now\./).innerText();
  assert.ok(Number(/(\d+)%/.exec(later)[1]) < 17, later);
  await page.goto(`${app.server.url}/settings`);
  await page.getByLabel(/Interview date/).fill('');
  await saved(page, 'interviewDate', '');
});

test('reset progress asks first, and Cancel keeps everything', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/settings`);
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByText('This deletes 1 saved grade').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await readStore(page, 'reviews')).length, 1);
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await page.getByText('Progress reset.').waitFor();
  assert.equal((await readStore(page, 'reviews')).length, 0);
  assert.equal((await readStore(page, 'cards')).length, 0);
  await page.goto(app.server.url);
  await startReview(page, 16).waitFor();
});
