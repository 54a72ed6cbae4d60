// The review on a 390×844 phone, measured: Show answer and the grade bar in the bottom 40% of the screen,
// Undo on screen without scrolling, a short vibration on a grade (none with reduced motion), and a
// session summary that says what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SHOTS, reviewOneCard, useApp } from './harness.mjs';

const app = useApp({}, async ({ browser }) => {
  await mkdir(SHOTS, { recursive: true });
  // Record vibrations: headless Chromium has no motor, so count the calls instead.
  await browser.context.addInitScript(() => {
    window.__buzzes = [];
    navigator.vibrate = (ms) => (window.__buzzes.push(ms), true);
  });
});

/** The element's box and the viewport height. */
function box(page, selector) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
}

test('Show answer, the grade bar and Undo sit in the bottom 40% of a 390×844 screen', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/review`);
  const show = page.getByRole('button', { name: /Show answer/ });
  await show.waitFor();
  let b = await box(page, '.review-bar .show');
  assert.ok(b.top >= 0.6 * b.height && b.bottom <= b.height, `Show answer at ${b.top}–${b.bottom} of ${b.height}`);
  await page.screenshot({ path: join(SHOTS, 'phone-review-question-390.png') });
  await show.click();
  await page.getByRole('checkbox').nth(0).check();
  // Scrolled to the end of a long answer, the grades are still where the thumb is.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  for (const selector of ['.review-bar .grades', 'button[data-grade="0"]', 'button[data-grade="5"]', '.review-bar .undo']) {
    b = await box(page, selector);
    assert.ok(b.top >= 0.6 * b.height && b.bottom <= b.height, `${selector} at ${b.top}–${b.bottom} of ${b.height}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'phone-review-answer-390.png') });
  assert.equal(await page.locator('button[data-suggested="true"]').getAttribute('data-grade'), '1', 'one point of seven suggests 1');
  // The extra sections start closed on a phone and open with a tap.
  const followUps = page.locator('details.extra').first();
  assert.equal(await followUps.getAttribute('open'), null);
  await followUps.locator('summary').tap();
  assert.notEqual(await followUps.getAttribute('open'), null);
});

test('a grade buzzes briefly, and not at all with reduced motion', async () => {
  const { page } = app.browser;
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`${app.server.url}/review?drill=testing`);
  await reviewOneCard(page, 5, 0);
  assert.deepEqual(await page.evaluate(() => window.__buzzes), [12]);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await reviewOneCard(page, 5, 0);
  assert.deepEqual(await page.evaluate(() => window.__buzzes), [12], 'no vibration with reduced motion');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
});

test('the session summary shows readiness before → after, the cards that came back and why, the next due day and a drill', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/review?drill=performance`);
  await reviewOneCard(page, 2, 0);
  for (let i = 0; i < 4; i++) await reviewOneCard(page, 5, 0);
  await page.getByRole('heading', { name: 'Session complete' }).waitFor();
  const changes = page.locator('.changes li');
  await changes.first().waitFor();
  assert.match(await changes.first().innerText(), /Performance[\s\S]*0% → \d+%/);
  assert.match(await page.locator('.came-back').innerText(), /first graded 2 · Hard recall, below 4, so it came back; 2 tries/);
  await page.getByText(/^Next card due|^No card is scheduled yet\./).waitFor();
  await page.getByRole('link', { name: /^Drill / }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'phone-session-complete-390.png'), fullPage: true });
});
