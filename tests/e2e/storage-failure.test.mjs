// Storage failures get a clear message and change nothing: a full disk mid-review, and no IndexedDB at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, readStore, reviewOneCard, useApp } from './harness.mjs';
import { resolve } from 'node:path';
import { currentPrompt } from './review-helpers.mjs';
import { mocks, startMock } from './mock-helpers.mjs';

const app = useApp();
const deckFile = resolve(import.meta.dirname, '../unit/deck/fixtures/valid.md');

/** From now on every IndexedDB write in the page fails the way a full disk does. */
const fillDisk = (page) =>
  page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    window.diskWrites ??= { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.put = fail;
  });

/** Writes work again, as after the user freed some space. */
const freeDisk = (page) =>
  page.evaluate(() => {
    IDBObjectStore.prototype.add = window.diskWrites.add;
    IDBObjectStore.prototype.put = window.diskWrites.put;
  });

const FULL = 'your device is out of storage space; free some space and try again';

test('a full disk while grading keeps the card on screen, says so, and writes nothing', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/review`);
  await reviewOneCard(page, 5, 1);
  const prompt = await currentPrompt(page);
  await fillDisk(page);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.locator('button[data-grade="4"]').click();
  await page
    .locator('[role=alert]', {
      hasText:
        'could not be saved: your device is out of storage space; free some space and try again. Nothing was changed; please grade it again.',
    })
    .waitFor();
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
  await page
    .getByText('The mock could not be started, and nothing was saved: your device is out of storage space; free some space and try again.')
    .waitFor();
  assert.deepEqual(await readStore(page, 'mocks'), []);

  await page.goto(`${app.server.url}/decks`);
  await page.getByLabel('Choose a deck file (.md)').waitFor();
  const decksBefore = await readStore(page, 'decks');
  await fillDisk(page);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(deckFile);
  await page.getByRole('button', { name: 'Import this deck' }).click();
  await page
    .getByText(
      'Nothing was imported: your device is out of storage space; free some space and try again. Your decks and progress are unchanged.',
    )
    .waitFor();
  assert.deepEqual(await readStore(page, 'decks'), decksBefore);
});

test('a full disk during a mock puts the screen back as stored and says so, as in a review', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/mock`);
  await startMock(page, { count: 6, tap: false });
  await page.getByRole('button', { name: /^Start answer/ }).click();
  await page.getByRole('button', { name: /^Done/ }).waitFor();
  await fillDisk(page);
  await page.getByRole('button', { name: /^Done/ }).click();
  await page
    .locator('[role=alert]', { hasText: `This step could not be saved: ${FULL}. Nothing was changed; please do it again.` })
    .waitFor();
  assert.equal(await page.getByRole('button', { name: /^Done/ }).count(), 1, 'still answering question 1, as stored');
  assert.equal(await page.getByText('The interviewer asks:').count(), 1, 'the main question, not its follow-up');
  assert.equal((await mocks(page))[0].progress.step, 'answering');

  await freeDisk(page);
  await page.getByRole('button', { name: /^Done/ }).click();
  await page.getByText('The interviewer pushes further:').waitFor();
  assert.equal(await page.locator('[role=alert]').count(), 0, 'the message goes with the next step saved');
  while ((await page.getByText(/^Self-review · question 1 of 6/).count()) === 0) {
    await page.getByRole('button', { name: /^Skip/ }).click();
  }

  await fillDisk(page);
  await page.keyboard.press('4');
  await page
    .locator('[role=alert]', {
      hasText: `Your grade for this card could not be saved: ${FULL}. Nothing was changed; please grade it again.`,
    })
    .waitFor();
  await page.getByText('Self-review · question 1 of 6').waitFor();
  const [mock] = await mocks(page);
  assert.deepEqual([mock.progress.phase, mock.progress.index], ['review', 0]);
  assert.equal((await readStore(page, 'reviews')).filter((r) => r.mockId === mock.id).length, 0, 'no grade logged');

  await freeDisk(page);
  await page.keyboard.press('4');
  await page.getByText('Self-review · question 2 of 6').waitFor();
  assert.equal((await readStore(page, 'reviews')).filter((r) => r.mockId === mock.id).length, 1);
});

test('without IndexedDB the app says why instead of loading forever', async () => {
  const blocked = await openBrowser();
  try {
    await blocked.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await blocked.page.goto(app.server.url);
    await blocked.page
      .locator('[role=alert]', { hasText: 'Rehearse cannot open its storage: this browser gives Rehearse no storage' })
      .waitFor();
  } finally {
    await blocked.close();
  }
});
