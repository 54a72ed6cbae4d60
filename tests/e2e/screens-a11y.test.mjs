// Every screen, light and dark, at 390×844: axe-core finds no violations, and a screenshot is saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SHOTS, reviewOneCard, useApp } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const app = useApp({}, async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** Runs axe-core on the page (WCAG 2.1 A/AA and best practices); returns the violations, readable. */
async function axeViolations(page) {
  // page.evaluate runs through the DevTools protocol, so the app's CSP (no inline script) still holds.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}

/** The screens to check, each reached from a fresh load of its address. */
const SCREENS = [
  ['today', '/', async (page) => page.getByRole('heading', { name: 'Today' }).waitFor()],
  ['review-question', '/review', async (page) => page.getByRole('button', { name: /Show answer/ }).waitFor()],
  [
    'review-answer',
    '/review',
    async (page) => {
      await page.getByRole('button', { name: /Show answer/ }).click();
      await page.getByRole('checkbox').nth(0).check();
      await page.getByRole('checkbox').nth(2).check();
    },
  ],
  [
    'review-again',
    '/review?drill=internals',
    async (page) => {
      await reviewOneCard(page, 2, 1);
      await page.getByText('That card comes back later this session.').waitFor();
    },
  ],
  [
    'session-complete',
    '/review?drill=testing',
    async (page) => {
      for (let i = 0; i < 4; i++) await reviewOneCard(page, 5, 0);
      await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    },
  ],
  ['today-progress', '/', async (page) => page.getByText(/^Study next:/).waitFor()],
  ['browse', '/browse', async (page) => page.getByRole('heading', { name: 'All cards' }).waitFor()],
  ['browse-card', '/browse/context-managers', async (page) => page.getByRole('heading', { name: 'Key points' }).waitFor()],
  ['settings', '/settings', async (page) => page.getByRole('heading', { name: 'Settings' }).waitFor()],
  ['decks', '/decks', async (page) => page.getByRole('heading', { name: 'Your decks' }).waitFor()],
  [
    'decks-problems',
    '/decks',
    async (page) => {
      const broken = { name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from('# Deck x: X\n\n## Group g: G\n<b>stray</b>\n') };
      await page.getByLabel('Choose a deck file (.md)').setInputFiles(broken);
      await page.getByText(/broken\.md was not imported/).waitFor();
    },
  ],
  [
    'decks-remove',
    '/decks',
    async (page) => {
      await page
        .getByRole('button', { name: /^Remove…/ })
        .first()
        .click();
      await page.getByRole('alertdialog').waitFor();
    },
  ],
  [
    'settings-reset',
    '/settings',
    async (page) => {
      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await page.getByText('Delete all progress?').waitFor();
    },
  ],
];

for (const scheme of ['light', 'dark']) {
  test(`every screen in ${scheme} mode passes axe-core`, async () => {
    const { page } = app.browser;
    await page.emulateMedia({ colorScheme: scheme });
    const failures = [];
    for (const [name, path, reach] of SCREENS) {
      await page.goto(`${app.server.url}${path}`);
      await reach(page);
      await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${name} (${scheme}):\n  ${violations.join('\n  ')}`);
    }
    assert.deepEqual(failures, []);
  });
}

test('no screen scrolls sideways on a 320 px phone (small Androids, zoomed iPhones)', async () => {
  const { page } = app.browser;
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = [];
  for (const [name, path, reach] of SCREENS) {
    await page.goto(`${app.server.url}${path}`);
    await reach(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${name}: ${overflow}px too wide`);
  }
  // Every card's answer too: long identifiers in the outline must wrap, not widen the page.
  for (const group of ['runtime', 'internals', 'performance', 'testing']) {
    await page.goto(`${app.server.url}/review?drill=${group}`);
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: /Show answer/ }).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${group} card ${i + 1} answer: ${overflow}px too wide`);
      await page.locator('button[data-grade="5"]').click();
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(wide, []);
});

test('reduced motion turns transitions off', async () => {
  const { page } = app.browser;
  const transition = () =>
    page
      .locator('a.button')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(app.server.url);
  assert.doesNotMatch(await transition(), /^0s$/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.match(await transition(), /^0s$/);
});
