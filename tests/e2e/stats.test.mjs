// The Stats screen in the built app: empty, then with four months of history; axe-core light and dark; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SHOTS, useApp } from './harness.mjs';
import { seedDeckHistory } from './stats-seed.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const app = useApp({}, async () => mkdir(SHOTS, { recursive: true }));

async function axeViolations(page) {
  await page.evaluate(axeSource); // through DevTools, so the app's CSP still holds (STACK.md trap 11)
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const openStats = async (page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click();
  await page.waitForSelector('main[data-ready]');
};
const figure = (page, name) => page.locator('.figures div', { hasText: name }).locator('dd').textContent();

test('with no reviews: zero streaks, nothing due, no retention figures', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await openStats(page);
  assert.equal(await figure(page, 'Current streak'), '0 days');
  assert.equal(await figure(page, 'In all'), '0 min · 0 days');
  assert.equal(await page.locator('.heatmap .cell.on').count(), 0);
  assert.equal(await page.locator('.heatmap [data-today]').count(), 1);
  assert.match(await page.locator('#forecast ~ p').first().textContent(), /^0 reviews due/);
  const total = page.locator('table.retention tr.total td');
  assert.deepEqual(await total.allTextContents(), ['— n=0', '— n=0', '— n=0', '— n=0']);
});

test('with history: the heatmap, streak, forecast, retention and states match the log', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  const { today, log, real } = await seedDeckHistory(page);
  await page.reload();
  await openStats(page);

  const studyDays = new Set(log.map((r) => r.day));
  const inWindow = [...studyDays].filter((d) => d > today - 7 * 26 + 1 - 7 && d <= today);
  const cells = await page.locator('.heatmap .cell.on').count();
  assert.ok(cells > 0 && cells <= inWindow.length, `${cells} shaded cells, ${inWindow.length} study days in range`);
  let streak = 0;
  for (let d = studyDays.has(today) ? today : today - 1; studyDays.has(d); d--) streak++;
  assert.equal(await figure(page, 'Current streak'), `${streak} ${streak === 1 ? 'day' : 'days'}`);
  assert.match(await figure(page, 'In all'), new RegExp(` · ${studyDays.size} days$`));

  // Every card was seeded due 0–2 days ago: all 16 count on today's bar.
  const firstRow = page.locator('#forecast ~ details tbody tr').first();
  assert.deepEqual(await firstRow.locator('th, td').allTextContents(), ['Today', '16']);

  // The total row's all-time n: counted SM-2 repetitions minus each card's first one.
  const counted = log.filter((r) => r.counted).length - real.length;
  const [youngAll, matureAll] = await page.locator('table.retention').nth(1).locator('tr.total td').allTextContents();
  const n = (text) => Number(/n=(\d+)/.exec(text)[1]);
  assert.equal(n(youngAll) + n(matureAll), counted);

  const states = await page.locator('table.states tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].reduce((s, td) => s + Number(td.textContent), 0)));
  assert.equal(states.reduce((a, b) => a + b), 16);
  assert.equal(await page.locator('.lines .line').count(), 4);

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `stats-${scheme}.png`), fullPage: true });
    await page.locator('details').evaluateAll((all) => all.forEach((d) => (d.open = true)));
    assert.deepEqual(await axeViolations(page), [], `axe (${scheme})`);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => (d.open = false)));
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'the page does not scroll sideways');
});
