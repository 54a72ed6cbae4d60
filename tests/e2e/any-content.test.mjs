// Any content: a generated worst-case deck (300-character URLs and identifiers, 200-character code lines, eight
// 300-character outline points, a 1,000-character prompt) imported, then every screen that shows deck text at 320,
// 390 and 1280 px, light and dark: nothing wider than the viewport, and Show answer, the grades, Undo and the mock's
// big button on screen and tappable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHOTS, useApp } from './harness.mjs';
import { WIDTHS, pageOverflow, untappable } from './layout-checks.mjs';
import { WORST, worstCaseDeck } from './fixtures/worst-case-deck.mjs';

const pageErrors = [];
const app = useApp({}, async (a) => {
  a.browser.page.on('pageerror', (e) => pageErrors.push(e.message));
  a.browser.page.setDefaultTimeout(15_000);
});
const problems = [];

/** Checks the open screen at every width, light and dark; `tappable` are selectors that must be tappable. */
async function checkScreen(page, name, tappable = []) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const { scroll, culprits } = await pageOverflow(page);
      if (scroll > width) problems.push(`${name} at ${width} px (${scheme}): the page is ${scroll} px wide [${culprits.join(', ')}]`);
      for (const p of await untappable(page, tappable)) problems.push(`${name} at ${width} px (${scheme}): ${p}`);
    }
    if (width !== 1280) await page.screenshot({ path: join(SHOTS, `worst-${name}-${width}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
}

// Presses a control whether or not a tap could reach it (the checks above record that): the test goes on to every screen.
const press = (locator) => locator.evaluate((el) => el.click());

const GRADES = ['button[data-grade="0"]', 'button[data-grade="2"]', 'button[data-grade="5"]'];

test('a worst-case deck widens no screen at 320, 390 and 1280 px, and its controls stay tappable', { timeout: 240_000 }, async () => {
  const { page } = app.browser;
  const file = join(await mkdtemp(join(tmpdir(), 'worst-')), 'worst.md');
  await writeFile(file, worstCaseDeck());

  await page.goto(`${app.server.url}/decks`);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(file);
  await page.getByText(/^New deck: Worst/).waitFor();
  await checkScreen(page, 'decks-preview', ['main button.primary']);
  await press(page.getByRole('button', { name: 'Import this deck' }));
  await page
    .getByRole('status')
    .getByText(/^Imported “Worst/)
    .waitFor();

  await page.goto(`${app.server.url}/review?deck=${WORST.id}`);
  await page.getByRole('button', { name: /Show answer/ }).waitFor();
  await checkScreen(page, 'review-question', ['.review-bar .show']);
  await press(page.getByRole('button', { name: /Show answer/ }));
  await page.locator('button[data-grade="5"]').waitFor();
  await checkScreen(page, 'review-answer', [...GRADES, '.review-bar .undo']);
  await press(page.locator('button[data-grade="2"]'));
  await page.getByRole('button', { name: /Show answer/ }).waitFor();
  await checkScreen(page, 'review-after-grade', ['.review-bar .show', '.review-bar .undo']);

  await page.goto(`${app.server.url}/browse/${WORST.cards[0]}?deck=${WORST.id}`);
  await page.locator('h1').waitFor();
  await checkScreen(page, 'browse');
  await page.setViewportSize({ width: 320, height: 844 });
  const code = await page
    .locator('pre')
    .first()
    .evaluate((pre) => ({
      scrolls: pre.scrollWidth > pre.clientWidth,
      overflowX: getComputedStyle(pre).overflowX,
      right: pre.getBoundingClientRect().right,
    }));
  assert.deepEqual(
    { scrolls: code.scrolls, overflowX: code.overflowX },
    { scrolls: true, overflowX: 'auto' },
    'a 200-character code line scrolls inside its own block',
  );
  assert.ok(code.right <= 320, `the code block ends inside the screen (at ${code.right} px)`);
  await page.locator('pre').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'worst-browse-code-320.png') });
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`${app.server.url}/review?deck=${WORST.id}&drill=${WORST.groups[0]}`);
  await press(page.getByRole('button', { name: /Show answer/ }));
  await page.locator('button[data-grade="5"]').waitFor();
  await checkScreen(page, 'drill-answer', [...GRADES, '.review-bar .undo']);

  await page.goto(`${app.server.url}/mock?deck=${WORST.id}`);
  await page.getByRole('heading', { name: 'Mock interview' }).waitFor();
  await press(page.getByRole('radio', { name: '2', exact: true }));
  await press(page.getByRole('button', { name: 'Start mock interview' }));
  await page.locator('.mock-actions .big').waitFor();
  await checkScreen(page, 'mock-question', ['.mock-actions .big']);
  for (let i = 0; i < 12 && (await page.getByText(/^Self-review · question 1/).count()) === 0; i++) {
    await press(page.locator('.mock-actions .big'));
    await page.waitForTimeout(150);
  }
  await page.getByText(/^Self-review · question 1/).waitFor();
  await checkScreen(page, 'mock-self-review', ['.mock-review .grades button']);

  assert.deepEqual(problems, []);
  assert.deepEqual(pageErrors, []);
});
