// A class in real Chromium: two browser profiles through the real sync server serving the built app, with
// personal sync off on both until the end. The instructor imports a deck, starts a class and publishes the deck; the student
// types a wrong code (refused), joins with the right one, reads what sharing sends and agrees, grades a class
// card and syncs from Settings; the instructor's view shows them; the student stops sharing and their figures leave the view;
// the instructor pairs a second device and the class opens there.
// Axe in light and dark, and screenshots at 390×844 and 320 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classDeckText } from '../server/class-helpers.mjs';
import { startSyncServer } from './sync-server.mjs';
import { axeViolations } from './axe.mjs';
import { SHOTS, openBrowser, readStore, reviewOneCard, waitForServiceWorker } from './harness.mjs';

let server;
let base;
let teacher;
let student;
let laptop;
const tmp = mkdtempSync(join(tmpdir(), 'rehearse-class-'));

/** A small deck file: two groups of two cards. */
function deckFile() {
  const file = join(tmp, 'cohort-deck.md');
  writeFileSync(file, classDeckText('cohort-deck', '1', 2, 2, 'Cohort Deck'));
  return file;
}

before(async () => {
  server = await startSyncServer();
  base = server.address;
  teacher = await openBrowser();
  student = await openBrowser();
  laptop = await openBrowser();
});
after(async () => {
  await teacher?.close();
  await student?.close();
  await laptop?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function checkAxe(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), [], `${name} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function shoot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 700 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  const culprits = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}`),
  );
  await page.screenshot({ path: `${SHOTS}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(wide <= 320, `${name}: nothing wider than a 320 px screen (${wide}: ${culprits.join(', ')})`);
}

test(
  'an instructor publishes a deck; a student joins, shares, grades and syncs; stopping sharing removes them from the view',
  { timeout: 240_000 },
  async () => {
    const t = teacher.page;
    const s = student.page;
    for (const p of [t, s]) {
      await p.goto(base);
      await waitForServiceWorker(p);
    }

    // The instructor imports a deck, starts a class and publishes the deck to it.
    await t.goto(`${base}/decks`);
    await t.getByLabel('Choose a deck file (.md)').setInputFiles(deckFile());
    await t.getByRole('button', { name: 'Import this deck' }).click();
    await t
      .getByRole('status')
      .getByText(/Imported “Cohort Deck”/)
      .waitFor();
    await t.goto(`${base}/settings`);
    await t.getByRole('link', { name: 'Join a class or start one' }).click();
    await t.getByRole('heading', { name: 'Class', level: 1 }).waitFor();
    await t.getByLabel('Class name').fill('Bootcamp cohort 7');
    await t.getByRole('button', { name: 'Start class' }).click();
    const code = (await t.locator('.join-code').innerText()).trim();
    assert.match(code, /^[a-z]+(-[a-z]+){7}$/, 'eight words');
    await t.getByRole('button', { name: 'Publish to class' }).click();
    await t.getByText(/Published “Cohort Deck” version 1/).waitFor();
    // Once teaching, the screen leads with the class: starting or joining another folds behind a control.
    assert.equal(await t.getByLabel('Class name').isVisible(), false, 'the start form is folded away');
    assert.equal(await t.getByLabel('Join code').isVisible(), false, 'the join form is folded away');
    await t.getByText('Start another class').click();
    await t.getByLabel('Class name').waitFor();
    await t.getByText('Start another class').click();
    await checkAxe(t, 'class screen, instructor');
    await shoot(t, 'class-instructor');
    await t.emulateMedia({ colorScheme: 'dark' });
    await shoot(t, 'class-instructor-dark');
    await t.emulateMedia({ colorScheme: 'light' });

    // The student: a wrong code is refused, in plain words.
    await s.goto(`${base}/class`);
    const words = code.split('-');
    await s.getByLabel('Join code').fill([...words.slice(0, 3), ...words.slice(3).reverse()].join(' '));
    await s.getByLabel('Your name, as your instructor will see it').fill('Ada');
    await s.getByRole('button', { name: 'Join class' }).click();
    await s
      .getByRole('alert')
      .getByText(/That join code is not right, or its class is closed/)
      .waitFor();
    assert.equal((await server.pool.query('SELECT count(*)::int AS n FROM class_students')).rows[0].n, 0);

    // What sharing sends is on screen before agreeing; the student agrees and joins with the right code.
    await s.getByText('What sharing sends to your instructor').waitFor();
    await checkAxe(s, 'class screen, join');
    await shoot(s, 'class-join');
    await s.getByLabel('Join code').fill(code.toUpperCase().replaceAll('-', ' '));
    await s.getByLabel(/I agree to share my progress/).check();
    await s.getByRole('button', { name: 'Join class' }).click();
    await s.getByRole('heading', { name: 'Bootcamp cohort 7', level: 2 }).waitFor();
    await s.getByText('Cohort Deck').first().waitFor({ timeout: 20_000 });
    await s.getByText('Join another class').waitFor();
    assert.equal(await s.getByLabel('Join code').isVisible(), false, 'the join form is folded away once in a class');
    await checkAxe(s, 'class screen, student');
    await s.emulateMedia({ colorScheme: 'dark' });
    await shoot(s, 'class-student-joined-dark');
    await s.emulateMedia({ colorScheme: 'light' });

    // The class deck is on Today; the student grades a card of it, then syncs.
    await s.goto(base);
    await s.getByRole('link', { name: /Start review.*Cohort Deck/ }).click();
    await reviewOneCard(s, 4, 5);
    // Settings' Sync now for classes, with personal sync off (no pairing): the summary goes out.
    await s.goto(`${base}/settings`);
    await s.getByRole('button', { name: 'Sync classes now' }).click();
    await s.getByText('Classes synced: class decks are up to date and summaries were sent where you share.').waitFor({ timeout: 20_000 });
    await s.goto(`${base}/class`);
    assert.deepEqual(await readStore(s, 'meta').then((m) => m.filter((r) => r.key === 'sync:credential')), [], 'personal sync stayed off');
    const stored = await server.pool.query('SELECT decks FROM class_summaries');
    assert.equal(stored.rows.length, 1);
    assert.equal(stored.rows[0].decks['cohort-deck'].cards.length, 1, 'one graded card was shared');

    // The instructor's view shows them (aggregates withheld: one sharing student).
    await t.getByRole('button', { name: 'Open the class view' }).click();
    const table = t.locator('table.students');
    await table.getByRole('rowheader', { name: 'Ada' }).waitFor();
    await t.getByText(/Class-wide figures appear once at least 3 students share/).waitFor();
    assert.match(await table.innerText(), /Ada\s+\d+\s+1\b/);
    await checkAxe(t, 'class view');
    await shoot(t, 'class-view');

    // The student stops sharing: the server deletes the summary, and the view no longer shows their figures.
    await s.getByRole('button', { name: 'Stop sharing' }).click();
    await s.getByText('Sharing is off. The server deleted what you had shared.').waitFor();
    assert.equal((await server.pool.query('SELECT count(*)::int AS n FROM class_summaries')).rows[0].n, 0);
    await shoot(s, 'class-student');
    await t.getByRole('button', { name: 'Refresh the class view' }).click();
    await t.getByText('Nobody shares their progress yet.').waitFor();
    assert.equal(await table.getByRole('rowheader', { name: 'Ada' }).count(), 0);
    await t.locator('.quiet-students').getByText('Ada').waitFor();

    // The instructor turns personal sync on and pairs a second device: the class opens there too, same code.
    await t.goto(`${base}/settings`);
    await t.getByRole('button', { name: 'Turn on sync' }).click();
    const pairing = (await t.getByTestId('pairing-code').innerText()).trim();
    await t
      .getByTestId('sync-status')
      .getByText(/Last synced: (?!never)/)
      .waitFor({ timeout: 20_000 });
    const l = laptop.page;
    await l.goto(`${base}/settings`);
    await l.getByLabel('Or enter the pairing code from your other device').fill(pairing.replaceAll('-', ' '));
    await l.getByRole('button', { name: 'Pair this device' }).click();
    await l.getByText(/\(this device\)/).waitFor();
    await l
      .getByTestId('sync-status')
      .getByText(/Last synced: (?!never)/)
      .waitFor({ timeout: 20_000 });
    await l.goto(`${base}/class`);
    await l.getByRole('heading', { name: 'Bootcamp cohort 7', level: 2 }).waitFor({ timeout: 20_000 });
    assert.equal((await l.locator('.join-code').innerText()).trim(), code, 'the same join code');
    await l.getByRole('button', { name: 'Open the class view' }).click();
    await l.locator('.quiet-students').getByText('Ada').waitFor();
  },
);
