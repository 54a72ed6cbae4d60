// The walking skeleton in real Chromium at phone size: review a card, reload, and it is no longer due.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewOneCard, startReview, useApp } from './harness.mjs';

const app = useApp();

test('a reviewed card stays reviewed across a reload', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  const start = startReview(page, 16);
  await start.click();
  await page.getByText('Card 1 of 16').waitFor();
  const firstPrompt = await page.locator('#prompt').innerText();
  assert.match(firstPrompt, /Global Interpreter Lock/);
  await reviewOneCard(page, 5, 2);
  await page.getByText('Card 2 of 16').waitFor();
  assert.doesNotMatch(await page.locator('#prompt').innerText(), /Global Interpreter Lock/);

  await page.goto(app.server.url);
  await page.reload();
  await startReview(page, 15).waitFor();
  await startReview(page).click();
  await page.getByText('Card 1 of 15').waitFor();
  assert.doesNotMatch(await page.locator('#prompt').innerText(), /Global Interpreter Lock/);
});

test('unknown addresses say what is missing', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/browse/no-such-card`);
  await page.getByText('This deck has no card called “no-such-card”.').waitFor();
  await page.goto(`${app.server.url}/review?drill=no-such-group`);
  await page.getByText('This deck has no group called “no-such-group” to drill.').waitFor();
  await page.goto(`${app.server.url}/nowhere`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
});
