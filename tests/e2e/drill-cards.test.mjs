// Drill cards in real Chromium: a deck of predict, short and choice cards imported through the Decks screen,
// drilled offline from Today's "Drill 5 minutes" by touch and by keys 1–4, graded by the app, one undo, the
// summary of right and missed cards, Browse showing the last choice; a drills-only deck offers no mock.
// Axe in light and dark, screenshots at 390×844 and 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHOTS, readStore, setOnline, useApp, waitForServiceWorker } from './harness.mjs';
import { axeViolations } from './axe.mjs';

const fixture = resolve(import.meta.dirname, '../unit/deck/fixtures/drills.md');
const pageErrors = [];
const app = useApp({}, async (a) => {
  await mkdir(SHOTS, { recursive: true });
  a.browser.page.on('pageerror', (e) => pageErrors.push(e.message));
  a.browser.page.setDefaultTimeout(15_000);
});

/** Axe in light and dark with a screenshot of each; violations are collected, not thrown, so every screen is seen. */
async function check(page, name, failures) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SHOTS, `drill-${name}-${scheme}.png`), fullPage: true });
    const violations = await axeViolations(page);
    if (violations.length) failures.push(`${name} (${scheme}): ${violations.join('; ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
const fitsWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function importDeck(page, file, preview) {
  await page.goto(`${app.server.url}/decks`);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(file);
  await page.getByText(preview).waitFor();
  await page.getByRole('button', { name: 'Import this deck' }).click();
  await page
    .getByRole('status')
    .getByText(/^Imported/)
    .waitFor();
}

const saved = (page) => page.waitForSelector('.status-line[data-saving="0"]', { state: 'attached' });

test('drill a topic offline from Today: choose by tap and by key, auto grades, undo, summary, Browse', { timeout: 120_000 }, async () => {
  const { page, context } = app.browser;
  const failures = [];
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await waitForServiceWorker(page);
  await importDeck(page, fixture, 'New deck: Drill Kinds, version 1: 4 cards in 2 groups.');

  // Offline from here on: the drill UI comes from the precache.
  await setOnline(context, app.server, false);
  await page.goto(app.server.url);
  const burst = page.getByRole('link', { name: 'Drill 5 minutes: Races and locks' });
  await burst.waitFor();
  assert.equal(
    await page.getByRole('link', { name: /Mock interview.*Drill Kinds/ }).count(),
    1,
    'a deck with an outline card still offers a mock',
  );
  await burst.scrollIntoViewIfNeeded();
  await check(page, 'today', failures);
  await burst.tap();

  // 1. A predict card, by touch: right at once → 5, shown with the right choice and the why.
  await page.getByRole('heading', { name: 'What does this print on CPython?', level: 1 }).waitFor();
  assert.match(await page.locator('.progress').innerText(), /Drill 5 minutes: Races and locks[\s\S]*Card 1 of 3/);
  await page.locator('pre.drill-code').waitFor();
  assert.ok(await fitsWidth(page), 'the predict card fits 390 px');
  await check(page, 'predict', failures);
  await page.locator('button[data-choice="0"]').tap();
  await page.getByText('Right.').waitFor();
  assert.match(await page.locator('.verdict').innerText(), /Graded 5 · Perfect/);
  assert.match(await page.locator('.choices.answered li.right').innerText(), /Right answer · your choice\s*4000/i);
  await page.getByText('The lock makes each read-add-write atomic').waitFor();
  await check(page, 'predict-answered', failures);
  await page.getByRole('button', { name: /^Next/ }).tap();

  // 2. A short card: Show answer, the answer and why, one tap "Got it".
  await page.getByRole('heading', { name: /Thread\.join\(timeout=1\)/, level: 1 }).waitFor();
  await page.getByRole('button', { name: /Show answer/ }).tap();
  await page.getByText('always: call').waitFor();
  await check(page, 'short-answer', failures);
  await page.getByRole('button', { name: /Got it/ }).tap();

  // 3. A choice card by keys: 1 is wrong → 1 and it comes back; U takes it back; 1 again, Enter, then 2 is right.
  await page.getByRole('heading', { name: /Which primitive fits best/, level: 1 }).waitFor();
  await page.keyboard.press('1');
  await page.getByText('Not quite.').waitFor();
  assert.match(await page.locator('.verdict').innerText(), /Graded 1 · Wrong; it comes back later this session/);
  assert.match(await page.locator('.choices.answered li.wrong').innerText(), /Your choice/i);
  assert.match(await page.locator('.choices.answered li.right').innerText(), /queue\.Queue/);
  await saved(page);
  assert.equal((await readStore(page, 'reviews')).length, 3);
  await page.keyboard.press('u');
  await page.locator('button[data-choice="1"]').waitFor();
  await saved(page);
  assert.equal((await readStore(page, 'reviews')).length, 2, 'undo took the wrong choice back');
  await page.keyboard.press('1');
  await page.getByText('Not quite.').waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('Again later this session').waitFor();
  await page.keyboard.press('2');
  await page.getByText('Right.').waitFor();
  await page.keyboard.press(' ');

  // The summary: what was missed (with the answer and why), what was right, when each comes back.
  await page.getByRole('heading', { name: 'Session complete' }).waitFor();
  const missed = page.locator('.drill-list.missed li');
  await missed.first().waitFor();
  assert.equal(await missed.count(), 1);
  assert.match(await missed.innerText(), /Which primitive fits best[\s\S]*back tomorrow[\s\S]*Answer: queue\.Queue[\s\S]*does the locking/);
  assert.equal(await page.locator('.drill-list.right li').count(), 2);
  assert.match(await page.locator('.drill-list.right').innerText(), /What does this print[\s\S]*back tomorrow/);
  await check(page, 'summary', failures);

  // The log: every drill grade has no outline points; the choice cards carry the choice made.
  await saved(page);
  const rows = (await readStore(page, 'reviews')).sort((a, b) => a.time - b.time);
  assert.deepEqual(
    rows.map((r) => [r.cardId, r.grade, r.pointCount, r.ticked.length, r.coverage, r.mode]),
    [
      ['lock-counter', 5, 0, 0, 1, 'review'],
      ['join-timeout', 4, 0, 0, 0.8, 'review'],
      ['queue-fits', 1, 0, 0, 0.2, 'review'],
      ['queue-fits', 5, 0, 0, 1, 'review'],
    ],
  );
  assert.deepEqual(
    rows.map((r) => r.choice),
    [0, undefined, 0, 1],
  );
  assert.equal('choice' in rows[1], false, 'a short card logs no choice');
  const cards = await readStore(page, 'cards');
  assert.equal(cards.find((c) => c.cardId === 'queue-fits')?.interval, 1, 'the wrong first answer is a lapse');

  // Browse: the drill card with its choices, the right one marked, the why.
  await page.goto(`${app.server.url}/browse/queue-fits?deck=drills-mini`);
  await page.getByRole('heading', { name: /Which primitive fits best/, level: 1 }).waitFor();
  assert.match(await page.locator('.choices.answered li.right').innerText(), /queue\.Queue/);
  await page.getByText('does the locking and the blocking waits').waitFor();
  await page.getByText('Last time you chose the right answer.').waitFor();
  await check(page, 'browse', failures);

  // 320 px: the review card with code and the summary fit without sideways scrolling.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${app.server.url}/review?deck=drills-mini&burst=locks`);
  await page.locator('pre.drill-code, .choices, .short-answer, #done').first().waitFor();
  await page.screenshot({ path: join(SHOTS, 'drill-320-review.png'), fullPage: true });
  assert.ok(await fitsWidth(page), 'the drill screen fits 320 px');
  await page.goto(app.server.url);
  await page.getByRole('link', { name: 'Drill 5 minutes: Races and locks' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'drill-320-today.png') });
  assert.ok(await fitsWidth(page), 'Today with Drill 5 minutes fits 320 px');
  await page.setViewportSize({ width: 390, height: 844 });
  await setOnline(context, app.server, true);
  assert.deepEqual(failures, []);
  assert.deepEqual(pageErrors, []);
});

test('a deck of drill cards alone offers no mock interview', { timeout: 60_000 }, async () => {
  const { page } = app.browser;
  const text = await readFile(fixture, 'utf8');
  const drillsOnly = text.slice(0, text.indexOf('## Group talk')).replace('# Deck drills-mini:', '# Deck drills-only:');
  const dir = await mkdtemp(join(tmpdir(), 'drills-'));
  const file = join(dir, 'drills-only.md');
  await writeFile(file, drillsOnly);
  await importDeck(page, file, 'New deck: Drill Kinds, version 1: 3 cards in 1 group.');
  await page.goto(app.server.url);
  await page
    .getByRole('link', { name: /Drill 5 minutes: Races and locks/ })
    .first()
    .waitFor();
  const mockLinks = await page.getByRole('link', { name: /Mock interview/ }).allInnerTexts();
  assert.ok(!mockLinks.some((t) => /drills-only/.test(t)), 'no mock link for the drills-only deck');
  await page.goto(`${app.server.url}/mock?deck=drills-only`);
  await page.getByText('This deck holds drill cards only.').waitFor();
  assert.equal(await page.getByRole('button', { name: /Start/ }).count(), 0);
});
