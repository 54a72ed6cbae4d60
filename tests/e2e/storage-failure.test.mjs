// Storage failures get a clear message and change nothing: a full disk mid-review, and no IndexedDB at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, readStore, reviewOneCard, useApp } from './harness.mjs';
import { resolve } from 'node:path';
import { currentPrompt } from './review-helpers.mjs';

const app = useApp();
const deckFile = resolve(import.meta.dirname, '../unit/deck/fixtures/valid.md');

/** From now on every IndexedDB write in the page fails the way a full disk does. */
const fillDisk = (page) =>
  page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });

test('a full disk while grading keeps the card on screen, says so, and writes nothing', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/review`);
  await reviewOneCard(page, 5, 1);
  const prompt = await currentPrompt(page);
  await fillDisk(page);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.locator('button[data-grade="4"]').click();
  await page.locator('[role=alert]', { hasText: 'could not be saved: your device is out of storage space; free some space and try again. Nothing was changed; please grade it again.' }).waitFor();
  assert.equal(await page.locator('.status-line').innerText(), '', 'no "Saved" claim for the failed grade');
  assert.equal(await currentPrompt(page), prompt, 'the same card is back, answer open');
  assert.equal(await page.locator('button[data-grade="4"]').count(), 1);
  await page.reload();
  assert.equal((await readStore(page, 'reviews')).length, 1, 'only the grade before the failure is stored');
  await page.getByText('Card 1 of 15').waitFor();
});

test('a full disk when starting a mock or importing a deck says so in words, and stores nothing', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/mock`);
  await page.getByRole('button', { name: 'Start mock interview' }).waitFor();
  await fillDisk(page);
  await page.getByRole('button', { name: 'Start mock interview' }).click();
  await page.getByText('The mock could not be started, and nothing was saved: your device is out of storage space; free some space and try again.').waitFor();
  assert.deepEqual(await readStore(page, 'mocks'), []);

  await page.goto(`${app.server.url}/decks`);
  await page.getByLabel('Choose a deck file (.md)').waitFor();
  const decksBefore = await readStore(page, 'decks');
  await fillDisk(page);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(deckFile);
  await page.getByRole('button', { name: 'Import this deck' }).click();
  await page.getByText('Nothing was imported: your device is out of storage space; free some space and try again. Your decks and progress are unchanged.').waitFor();
  assert.deepEqual(await readStore(page, 'decks'), decksBefore);
});

test('without IndexedDB the app says why instead of loading forever', async () => {
  const blocked = await openBrowser();
  try {
    await blocked.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await blocked.page.goto(app.server.url);
    await blocked.page.locator('[role=alert]', { hasText: 'Rehearse cannot open its storage: this browser gives Rehearse no storage' }).waitFor();
  } finally {
    await blocked.close();
  }
});
