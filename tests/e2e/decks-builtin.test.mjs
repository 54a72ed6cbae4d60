// The two built-in decks in the browser (issue 10): Today shows the senior deck first and the concurrency
// drills after it, each with its groups; review, drill, Browse, Stats and mock interviews work per deck.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MAIN_DECK, SHOTS, readStore, reviewOneCard, startReview, useApp } from './harness.mjs';
import { axeViolations } from './axe.mjs';

const CONCURRENCY = 'Python Concurrency Drills';
const pageErrors = [];
const app = useApp({}, async (a) => {
  await mkdir(SHOTS, { recursive: true });
  a.browser.page.on('pageerror', (e) => pageErrors.push(e.message));
});

test('Today shows both built-in decks, the senior deck first, each with its own groups', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await startReview(page, 16).waitFor();
  const decks = await page.locator('h2.deck-title').allInnerTexts();
  assert.deepEqual(decks, [MAIN_DECK, CONCURRENCY]);
  const groups = (deckId) => page.locator(`.group-row[aria-labelledby^="group-${deckId}-"] h2`).allInnerTexts();
  assert.deepEqual(await groups('senior-python'), ['Runtime, GIL & Concurrency', 'Language Internals: Decorators & Generators', 'Performance & Design', 'Testing, Typing & API Design']);
  assert.deepEqual(await groups('concurrency-drills'), ['Threads & Locks', 'asyncio in Practice', 'Processes', 'Free Threading & Multiple Interpreters']);
  await page.getByRole('link', { name: new RegExp(`^Start review \\(15 cards\\)\\s*: ${CONCURRENCY}$`) }).waitFor();
  await page.getByRole('link', { name: new RegExp(`^Mock interview · 4–6 questions .*: ${CONCURRENCY}$`) }).waitFor();
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 640 });
    await page.screenshot({ path: join(SHOTS, `today-builtin-decks-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), [], `axe in ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('review, drill, Browse, Stats and a mock interview of the concurrency deck use that deck', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('link', { name: new RegExp(`^Start review \\(15 cards\\)\\s*: ${CONCURRENCY}$`) }).click();
  assert.match(page.url(), /\/review\?deck=concurrency-drills$/);
  await page.getByText('Card 1 of 15').waitFor();
  assert.match(await page.locator('#prompt').innerText(), /Two threads update the same shared state/);
  await reviewOneCard(page, 4, 4);
  const reviews = await readStore(page, 'reviews');
  assert.deepEqual(reviews.map((r) => [r.deckId, r.cardId, r.mode]), [['concurrency-drills', 'race-conditions', 'review']]);

  await page.goto(app.server.url);
  await page.getByRole('link', { name: 'Drill this group: Processes' }).click();
  await page.getByText('Drill: Processes').waitFor();
  assert.match(page.url(), /drill=processes&deck=concurrency-drills$/);

  await page.goto(`${app.server.url}/browse?deck=concurrency-drills`);
  await page.getByRole('heading', { name: 'Threads & Locks', level: 2 }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Runtime, GIL & Concurrency' }).count(), 0, 'only this deck’s groups');
  await page.getByRole('link', { name: /Two threads update the same shared state/ }).click();
  await page.getByRole('heading', { name: 'Key points' }).waitFor();
  assert.match(page.url(), /\/browse\/race-conditions\?deck=concurrency-drills$/);

  await page.goto(`${app.server.url}/stats?deck=concurrency-drills`);
  await page.getByText(`Progress on ${CONCURRENCY}`).waitFor();

  await page.goto(`${app.server.url}/mock?deck=concurrency-drills`);
  await page.getByRole('heading', { name: 'Mock interview' }).waitFor();
  await page.getByText(/^4–6 questions, asked one at a time/).waitFor();
  assert.equal(await page.locator('input[name="count"]').count(), 3, 'the deck’s own rule: 4, 5 or 6 questions');
  assert.deepEqual(pageErrors, []);
});
