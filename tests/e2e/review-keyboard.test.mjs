// A full session by keyboard only: Tab, Enter, Space, digits and U, with visible focus throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, readStore } from './harness.mjs';
import { currentPrompt, focusIsVisible, tabTo, waitForSaved, waitForSessionEnd } from './review-helpers.mjs';

const app = useApp({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

test('a whole session with the keyboard alone', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await tabTo(page, /Start review/);
  assert.ok(await focusIsVisible(page), 'focus is visible on "Start review"');
  await page.keyboard.press('Enter');
  await page.getByText('Card 1 of 16').waitFor();

  const prompts = new Set();
  for (let step = 0; step < 30; step++) {
    if (await page.getByRole('heading', { name: 'Session complete' }).isVisible()) break;
    prompts.add(await currentPrompt(page));
    if (step === 0) {
      // Holding Enter: the first press shows the answer; the key repeats must not grade it.
      await page.keyboard.down('Enter');
      await page.getByRole('checkbox').first().waitFor();
      await page.waitForTimeout(500); // held past the slip delay: only the repeat flag tells it apart
      await page.keyboard.down('Enter');
      await page.keyboard.down('Enter');
      await page.keyboard.up('Enter');
      assert.ok(await page.getByText('Card 1 of 16').isVisible(), 'a held Enter did not grade');
      assert.equal(await page.locator('.status-line').innerText(), '');
    } else await page.keyboard.press(step % 2 ? 'Enter' : ' ');
    await page.getByRole('checkbox').first().waitFor();
    // Tick the first point from the keyboard: Tab to it, Space to toggle.
    await tabTo(page, /./);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'checkbox');
    assert.equal(await focusIsVisible(page), true, 'focus is visible on a checkbox');
    await page.keyboard.press('Space');
    assert.ok(await page.getByRole('checkbox').first().isChecked());
    // Enter on a focused point must not grade the card.
    const before = await currentPrompt(page);
    await page.keyboard.press('Enter');
    assert.equal(await currentPrompt(page), before);
    assert.equal((await page.getByRole('checkbox').count()) > 0, true, 'the answer is still open');
    if (step === 0) {
      // Grade 2 then undo with U: the same card comes back with its answer open.
      const before = await currentPrompt(page);
      await page.keyboard.press('2');
      await page.getByText('Card 2 of 16').waitFor();
      await page.keyboard.press('u');
      await page.getByText('Card 1 of 16').waitFor();
      await waitForSaved(page);
      assert.equal(await currentPrompt(page), before);
      assert.ok(await page.getByRole('checkbox').first().isChecked(), 'undo restores the ticks');
      await page.locator('#prompt').focus();
    }
    await page.keyboard.press('4');
  }
  await waitForSessionEnd(page);
  await waitForSaved(page);
  assert.equal(prompts.size, 16);
  const reviews = await readStore(page, 'reviews');
  assert.equal(reviews.length, 16, 'the undone grade left no row');
  assert.ok(reviews.every((r) => r.grade === 4 && r.ticked.length === 1 && r.mode === 'review'));
});
