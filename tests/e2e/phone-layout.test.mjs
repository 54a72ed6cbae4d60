// The phone layout, measured in Chromium: bottom bar, Today on one screen, nothing sideways at 320 px,
// tap targets of at least 44 px, and the same app with a top bar at 1280×800.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SHOTS, reviewOneCard, startReview, useApp } from './harness.mjs';
import { seedDeckHistory } from './stats-seed.mjs';
import { dayToIso } from '../../src/srs/days.ts';

const app = useApp({}, async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** The nav's box and each of its links' boxes. */
function navBoxes(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('nav[aria-label="Main"]');
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, width: r.width, height: r.height, visible: getComputedStyle(el).display !== 'none' };
    };
    return { nav: box(nav), links: [...nav.querySelectorAll('a')].map(box), height: innerHeight };
  });
}

/** Visible controls smaller than 44×44 CSS px (links inside running text are exempt, as in WCAG 2.5.8). */
function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, a, summary, input[type="checkbox"], select, input')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('p, li:not(.checklist li), dd') && !el.classList.contains('skip'))
      .map((el) => ({ el, r: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 43.5)
      .map(({ el, r }) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

/** Visible navigation labels wider than their box (the label clips rather than overlap its neighbour, so it shows cut short). */
function clippedNavLabels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.nav a')]
      .filter((a) => a.getClientRects().length > 0)
      .map((a) => a.querySelector('.nav-label') ?? a)
      .filter((label) => label.scrollWidth > label.clientWidth)
      .map((label) => `"${label.textContent}" ${label.scrollWidth} > ${label.clientWidth} px`),
  );
}

test('on a phone the nav is a bottom bar of big targets; on a wide screen it stays in the top bar', async () => {
  const { page } = app.browser;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  const phone = await navBoxes(page);
  assert.equal(Math.round(phone.nav.bottom), phone.height, 'the bar sits on the bottom edge');
  assert.ok(phone.links.length >= 3);
  for (const link of phone.links) assert.ok(link.height >= 44 && link.width >= 44, `nav target ${link.width}×${link.height}`);
  await page.screenshot({ path: join(SHOTS, 'phone-today-390.png') });

  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await navBoxes(page);
  assert.ok(wide.nav.bottom < 80, `the nav is in the top bar (bottom at ${wide.nav.bottom})`);
  await page.screenshot({ path: join(SHOTS, 'wide-today-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
});

test("Today shows the main deck's groups on one phone screen, above the bottom bar (the other decks follow below)", async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await startReview(page).waitFor();
  const { lastGroup, navTop } = await page.evaluate(() => ({
    lastGroup: [...document.querySelectorAll('.group-row[data-deck="senior-python"]')].at(-1).getBoundingClientRect().bottom,
    navTop: document.querySelector('nav[aria-label="Main"]').getBoundingClientRect().top,
  }));
  assert.ok(lastGroup <= navTop, `the last group ends at ${lastGroup}px, the bar starts at ${navTop}px`);
});

test('the bottom bar steps aside while a card is shown and comes back when the session ends', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/review?drill=testing`);
  await page.getByRole('button', { name: /Show answer/ }).waitFor();
  assert.equal((await navBoxes(page)).nav.visible, false, 'hidden during the review');
  for (let i = 0; i < 4; i++) await reviewOneCard(page, 5, 0);
  await page.getByRole('heading', { name: 'Session complete' }).waitFor();
  assert.equal((await navBoxes(page)).nav.visible, true, 'back once the session is over');
});

test('every screen: no sideways scroll at 320 px, tap targets of at least 44 px, nav labels whole', async () => {
  const { page } = app.browser;
  const screens = [
    ['today', '/', (p) => startReview(p).waitFor()],
    ['review', '/review', (p) => p.getByRole('button', { name: /Show answer/ }).waitFor()],
    ['answer', '/review', (p) => p.getByRole('button', { name: /Show answer/ }).click()],
    ['browse', '/browse', (p) => p.getByRole('heading', { name: 'All cards' }).waitFor()],
    ['browse-card', '/browse/context-managers', (p) => p.getByRole('heading', { name: 'Key points' }).waitFor()],
    ['settings', '/settings', (p) => p.getByRole('heading', { name: 'Settings' }).waitFor()],
    ['not-found', '/nowhere', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ];
  const problems = [];
  for (const [width, height] of [
    [320, 640],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    for (const [name, path, reach] of screens) {
      await page.goto(`${app.server.url}${path}`);
      await reach(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${name} at ${width}px: ${overflow}px too wide`);
      for (const small of await smallTargets(page)) problems.push(`${name} at ${width}px: ${small}`);
      for (const label of await clippedNavLabels(page)) problems.push(`${name} at ${width}px: nav label ${label} is clipped`);
      if (width === 320) await page.screenshot({ path: join(SHOTS, `phone-${name}-320.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(problems, []);
});

test('nothing on Today moves once it shows: the interview plan and the backup nudge appear with the decks', async () => {
  const { context, page } = app.browser;
  await page.goto(app.server.url);
  const { today } = await seedDeckHistory(page);
  await page.evaluate(
    (date) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'setting:interviewDate', value: date });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    dayToIso(today + 9),
  );
  // A phone's slower CPU (Lighthouse's mobile 4×), so each step of start-up gets frames of its own.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (!e.hadRecentInput)
          window.__shifts.push(`${e.value.toFixed(4)}: ${e.sources.map((s) => s.node?.textContent?.slice(0, 30)).join(' | ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  try {
    await page.reload();
    await page.locator('.backup-nudge').waitFor();
    await page.locator('#plan-h').waitFor();
    await page.waitForTimeout(1500); // the work after the first screen (the deck check, the service worker)
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'layout shifts on Today');
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
});
