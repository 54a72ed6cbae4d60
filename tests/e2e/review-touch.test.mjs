// A full first session of all 16 cards by touch at 390×844, with SM-2 step 7 requeues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStore, startReview, useApp } from './harness.mjs';
import { currentPrompt, waitForSaved, waitForSessionEnd } from './review-helpers.mjs';

const app = useApp();

test('a first session of all 16 cards by touch', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await startReview(page, 16).tap();
  const seen = new Map();
  let taps = 0;
  while (taps < 40) {
    const done = await page.getByRole('heading', { name: 'Session complete' }).isVisible();
    if (done) break;
    const prompt = await currentPrompt(page);
    const again = seen.has(prompt);
    if (again) assert.ok(await page.getByText('Again later this session').isVisible(), 'a requeued card is marked');
    else assert.ok(await page.getByText(`Card ${seen.size + 1} of 16`).isVisible(), 'progress shows card n of 16');
    await page.getByRole('button', { name: /Show answer/ }).tap();
    const boxes = page.getByRole('checkbox');
    const count = await boxes.count();
    assert.ok(count >= 5 && count <= 8, `outline has 5–8 points, got ${count}`);
    // Every third new card is answered poorly (tick one point → suggests 1): it must come back.
    const poor = !again && seen.size % 3 === 0;
    const ticks = poor ? 1 : count;
    for (let i = 0; i < ticks; i++) await boxes.nth(i).tap();
    const suggested = page.locator('button[data-suggested="true"]');
    assert.equal(await suggested.getAttribute('data-grade'), poor ? '1' : '5');
    await suggested.tap();
    seen.set(prompt, (seen.get(prompt) ?? 0) + 1);
    taps++;
  }
  await waitForSessionEnd(page);
  await waitForSaved(page);
  assert.equal(seen.size, 16, 'all 16 cards were shown');
  const requeued = [...seen.values()].filter((n) => n === 2).length;
  assert.equal(requeued, 6, 'the six poorly answered cards came back once');
  await page.getByText('16 cards done; 6 repeats until you knew them. Every grade is saved.').waitFor();

  const reviews = await readStore(page, 'reviews');
  assert.equal(reviews.length, 22);
  const cards = await readStore(page, 'cards');
  assert.equal(cards.length, 16);
  assert.ok(
    cards.every((c) => c.repetitions <= 1),
    'only first grades are SM-2 repetitions',
  );
  assert.ok(cards.every((c) => c.interval === 1 && c.due !== null));

  await page.getByRole('button', { name: 'Back to Today' }).tap();
  await page.getByText(/All caught up\. Next card due/).waitFor();
  // Today shows every deck with its groups: a drill for each of the four groups of each built-in deck.
  const drills = (deck) =>
    page
      .getByRole('region', { name: new RegExp(`^(${deck.join('|')})(, .*)?$`) })
      .getByRole('link', { name: /^Drill/ })
      .count();
  assert.equal(
    await drills([
      'Runtime, GIL & Concurrency',
      'Language Internals: Decorators & Generators',
      'Performance & Design',
      'Testing, Typing & API Design',
    ]),
    4,
  );
  assert.equal(await drills(['Threads & Locks', 'asyncio in Practice', 'Processes', 'Free Threading & Multiple Interpreters']), 4);
});
