// Undo restores the previous card and state; a drill moves no due date; a reload mid-session keeps every grade.
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { countRows, eventually, openBrowser, readStore, reviewOneCard, startReview, startServer } from './harness.mjs';
import { currentPrompt, readCard } from './review-helpers.mjs';
import { countedIds } from '../../src/srs/fold.ts';

let server;
let browser;
before(async () => {
  server = await startServer();
});
beforeEach(async () => {
  browser = await openBrowser();
});
afterEach(async () => {
  await browser?.close();
});
after(async () => {
  await server?.stop();
});

test('undo brings back the previous card with exactly the previous state', async () => {
  const { page } = browser;
  await page.clock.install();
  await page.goto(`${server.url}/review`);
  await page.getByText('Card 1 of 16').waitFor();
  await reviewOneCard(page, 5, 3);
  await page.getByText('Card 2 of 16').waitFor();
  const secondPrompt = await currentPrompt(page);
  const firstState = await readCard(page, 'gil');
  assert.equal(firstState.interval, 1);

  // The page's clock is Playwright's, so the double-tap window (a tap on Undo right after a grade is ignored,
  // tested in tests/unit/srs/session.test.ts and tests/unit/screens/review.test.tsx) is passed without a race.
  await page.getByRole('button', { name: /Show answer/ }).tap();
  await page.getByRole('checkbox').first().tap();
  await page.locator('button[data-grade="1"]').tap();
  await page.getByText('That card comes back later this session.').waitFor();
  assert.ok(await page.getByText('Card 3 of 16').isVisible());
  await page.clock.fastForward(1000);
  await page.getByRole('button', { name: /Undo last grade/ }).tap();
  await page.getByText('Card 2 of 16').waitFor();
  assert.equal(await currentPrompt(page), secondPrompt, 'the previous card is back');
  assert.ok(await page.getByRole('checkbox').first().isChecked(), 'with its answer open and ticks restored');
  await eventually(async () => (await countRows(page, 'reviews')) === 1, 'the undone grade is deleted');
  assert.equal(await readCard(page, 'mp-threading-asyncio'), undefined, 'the undone card is new again');
  assert.deepEqual(await readCard(page, 'gil'), firstState, 'the earlier card is untouched');
  // The undone card no longer counts as requeued: grading it 4 ends its part of the session.
  await page.locator('button[data-grade="4"]').tap();
  await page.getByText('Card 3 of 16').waitFor();
  assert.doesNotMatch(await page.locator('.progress').innerText(), /again/);
});

test('a drill changes no due date and is logged as a drill', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/review`);
  await page.getByText('Card 1 of 16').waitFor();
  await reviewOneCard(page, 5, 0);
  await page.getByText('Card 2 of 16').waitFor();
  const before = await readCard(page, 'gil');

  await page.goto(server.url);
  await page.getByRole('link', { name: /Drill this group.*Runtime, GIL/ }).tap();
  await page.getByText('Drill: Runtime, GIL & Concurrency').waitFor();
  for (let i = 0; i < 4; i++) {
    await page.getByText(`Card ${i + 1} of 4`).waitFor();
    await reviewOneCard(page, 4, 0);
  }
  await page.getByRole('heading', { name: 'Session complete' }).waitFor();
  const after = await readCard(page, 'gil');
  assert.equal(after.due, before.due);
  assert.equal(after.interval, before.interval);
  assert.equal(after.easeFactor, before.easeFactor);
  assert.equal(after.repetitions, before.repetitions);
  const drills = (await readStore(page, 'reviews')).filter((r) => r.mode === 'drill');
  assert.equal(drills.length, 4);
  // The three drilled cards that were never reviewed are still new for the daily review.
  await page.goto(server.url);
  await startReview(page, 15).waitFor();
});

test('a reload mid-session keeps every grade, and a card to repeat comes back', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/review`);
  await page.getByText('Card 1 of 16').waitFor();
  await reviewOneCard(page, 5, 0);
  await page.getByText('Card 2 of 16').waitFor();
  const lapsed = await currentPrompt(page);
  await reviewOneCard(page, 2, 0);
  await page.getByText('Card 3 of 16').waitFor();
  await reviewOneCard(page, 4, 0);
  await page.getByText('Card 4 of 16').waitFor();

  await page.reload();
  // 13 cards not seen yet, and the lapsed one repeats at the end, marked as a repeat.
  await page.getByText('Card 1 of 13 · 1 again').waitFor();
  assert.equal((await readStore(page, 'reviews')).length, 3);
  const seen = [];
  for (let i = 0; i < 14; i++) {
    seen.push(await currentPrompt(page));
    if (i === 13) assert.ok(await page.getByText('Again later this session').isVisible(), 'the repeat is marked');
    await reviewOneCard(page, 5, 0);
  }
  await page.getByRole('heading', { name: 'Session complete' }).waitFor();
  assert.equal(seen.at(-1), lapsed, 'the card graded 2 before the reload is repeated at the end');
  const reviews = await readStore(page, 'reviews');
  assert.equal(reviews.length, 17);
  // Exactly one SM-2 repetition per card (its first grade of the day), as the fold decides from the log.
  const byCard = new Map();
  for (const r of reviews) byCard.set(r.cardKey, [...(byCard.get(r.cardKey) ?? []), r]);
  assert.equal(byCard.size, 16);
  assert.ok(
    [...byCard.values()].every((log) => countedIds(log).size === 1),
    'only first grades are SM-2 repetitions',
  );
});
