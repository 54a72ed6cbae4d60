// The Stats screen in the built app: empty, then with four months of history; axe-core light and dark; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SHOTS, useApp } from './harness.mjs';
import { seedDeckHistory } from './stats-seed.mjs';
import { builtinDeck } from './perf-data.mjs';

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
  assert.match(await page.locator('section[aria-labelledby="mock-stats"]').textContent(), /No mock interview finished on this deck yet/);
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

  const states = await page
    .locator('table.states tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].reduce((s, td) => s + Number(td.textContent), 0)));
  assert.equal(
    states.reduce((a, b) => a + b),
    16,
  );
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

/** A mock row of the built-in deck: `ticks[i]` outline points ticked for question i; `done` once self-review is over. */
function mockRow(deckId, cards, id, createdAt, ticks, done = true) {
  return {
    id,
    deckId,
    seed: 1,
    createdAt,
    finishedAt: done ? createdAt + 600_000 : null,
    options: { count: ticks.length, groups: 'auto', targetSeconds: 120, record: false },
    questions: ticks.map((_, i) => ({ cardId: cards[i].id, group: 'any', followUp: null })),
    progress: {
      phase: done ? 'done' : 'review',
      index: 0,
      part: 'main',
      step: 'ready',
      stepStartedAt: null,
      answers: ticks.map(() => ({ main: 90_000, followUp: null })),
      reviews: ticks.map((n, i) =>
        done || i === 0 ? { ticked: Array.from({ length: n }, (_, k) => k), redFlags: [], grade: 3, reviewId: `${id}-${i}` } : null,
      ),
      tips: [],
    },
  };
}

test('mock interviews: the count, the coverage of each finished mock and its trend', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  const { deckId, cards } = await builtinDeck();
  const day = 86_400_000;
  const now = Date.now();
  const rows = [
    mockRow(deckId, cards, 'mock-a', now - 9 * day, [2, 3, 1]),
    mockRow(deckId, cards, 'mock-b', now - 4 * day, [4, 3, 5]),
    mockRow(deckId, cards, 'mock-c', now - day, [5, 5, 4, 6]),
    mockRow(deckId, cards, 'mock-open', now - 3_600_000, [1, 1], false), // still in self-review: not counted
    mockRow('another-deck', cards, 'mock-other', now - 2 * day, [1]), // another deck's mock: not on this deck's Stats
  ];
  await page.evaluate(
    (rows) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction('mocks', 'readwrite');
          for (const r of rows) tx.objectStore('mocks').put(r);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    rows,
  );
  // Coverage of a mock: the mean over its questions of ticked ÷ outline points (capped at 1).
  const coverage = (row) =>
    row.progress.reviews.reduce((s, r, i) => s + Math.min(1, r.ticked.length / cards[i].points), 0) / row.questions.length;
  const pct = (v) => `${Math.round(v * 100)}%`;
  const expected = rows.slice(0, 3).map(coverage);

  await page.reload();
  await openStats(page);
  const section = page.locator('section[aria-labelledby="mock-stats"]');
  await section.locator('.figures').waitFor();
  const value = (name) => section.locator('.figures div', { hasText: name }).locator('dd').textContent();
  assert.equal(await value('Mocks done'), '3');
  assert.equal(await value('Latest coverage'), pct(expected[2]));
  assert.equal(await value('Average coverage'), pct(expected.reduce((a, b) => a + b) / 3));
  assert.equal(await value('Trend'), expected[2] > (expected[0] + expected[1]) / 2 + 0.05 ? 'rising' : 'steady');
  const line = section.locator('.lines .line');
  assert.equal(await line.count(), 1);
  assert.equal((await line.getAttribute('points')).split(' ').length, 3, 'one point per finished mock');
  const table = await section
    .locator('table.mocks tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  assert.deepEqual(
    table.map((r) => r[1]),
    [...expected].reverse().map(pct),
    'the table lists the mocks newest first',
  );
  assert.deepEqual(
    table.map((r) => r[0]),
    ['4', '3', '3'],
  );
  assert.equal(await section.locator('tbody a').first().getAttribute('href'), '/mock/mock-c');
  assert.equal(await section.getByRole('link', { name: 'Mock interviews: history and scorecards' }).getAttribute('href'), '/mock');

  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await section.locator('details').evaluate((d) => (d.open = true));
      await section.screenshot({ path: join(SHOTS, `stats-mocks-${width}-${scheme}.png`) });
      assert.deepEqual(await axeViolations(page), [], `axe (${width} px, ${scheme})`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `the page does not scroll sideways at ${width} px`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
});
