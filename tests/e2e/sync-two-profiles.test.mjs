// Sync in real Chromium: two browser profiles (two devices) against the real sync server serving the
// built app. A turns sync on and shows the pairing code, B enters it; A grades, B syncs and shows the
// same; B grades offline, comes back online (sync runs by itself), and A sees it; A's undo of a synced
// grade deletes it on B too. A deck imported on A shows on B's Today after a sync, with no reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { SHOTS, openBrowser, readStore, reviewOneCard, waitForServiceWorker } from './harness.mjs';
import { startSyncServer } from './sync-server.mjs';

let server;
let base;
let a;
let b;

before(async () => {
  server = await startSyncServer();
  base = server.address;
  a = await openBrowser();
  b = await openBrowser();
});
after(async () => {
  await a?.close();
  await b?.close();
  await server?.close();
});

const sortById = (rows) => [...rows].sort((x, y) => String(x.id ?? x.key).localeCompare(String(y.id ?? y.key)));
// The built-in deck's review (Today may list other decks too).
const startLink = (page) => page.locator('a[href="/review"]');

/** When this profile last finished a sync (the app's own record), or 0. */
async function lastSynced(page) {
  return (await readStore(page, 'meta')).find((m) => m.key === 'sync:lastSynced')?.value ?? 0;
}

/** Presses "Sync now" on Settings and waits until a sync started after this call has finished. */
async function syncNow(page) {
  const since = Date.now();
  await page.goto(`${base}/settings`);
  await page.getByRole('button', { name: 'Sync now' }).click();
  for (let i = 0; i < 100 && (await lastSynced(page)) < since; i++) await page.waitForTimeout(100);
  assert.ok((await lastSynced(page)) >= since, 'a sync finished');
}

test('two profiles pair, and grades made on either (one offline) reach the other', { timeout: 180_000 }, async () => {
  for (const device of [a, b]) {
    await device.page.goto(base);
    await waitForServiceWorker(device.page);
  }

  // A turns sync on and shows the pairing code.
  await a.page.goto(`${base}/settings`);
  await a.page.getByRole('button', { name: 'Turn on sync' }).click();
  const code = (await a.page.getByTestId('pairing-code').innerText()).trim();
  assert.match(code, /^[a-z]+(-[a-z]+){8}$/, 'nine words');
  await a.page.screenshot({ path: `${SHOTS}/sync-pairing-code-390.png`, fullPage: true });

  // B types it in.
  await b.page.goto(`${base}/settings`);
  await b.page.getByLabel('Or enter the pairing code from your other device').fill(code.replaceAll('-', ' '));
  await b.page.getByRole('button', { name: 'Pair this device' }).click();
  await b.page.getByTestId('sync-status').waitFor();
  await b.page.getByText(/\(this device\)/).waitFor();

  // A grades a card, syncs; B syncs and shows the same log, cards and Today.
  await a.page.goto(base);
  const before = await startLink(a.page).innerText();
  await startLink(a.page).click();
  await reviewOneCard(a.page, 5, 2);
  await syncNow(a.page);
  await syncNow(b.page);
  const logA = sortById(await readStore(a.page, 'reviews'));
  assert.equal(logA.length, 1);
  assert.deepEqual(sortById(await readStore(b.page, 'reviews')), logA);
  assert.deepEqual(sortById(await readStore(b.page, 'cards')), sortById(await readStore(a.page, 'cards')));
  await a.page.goto(base);
  await b.page.goto(base);
  const todayA = await startLink(a.page).innerText();
  assert.notEqual(todayA, before, 'the graded card left Today');
  assert.equal(await startLink(b.page).innerText(), todayA, 'B shows the same Today');

  // B goes offline and grades: the grade waits on B. Offline, only the service worker can serve Settings and
  // the sync panel, so wait until it controls the page (a busy CI machine may not have installed it yet).
  await waitForServiceWorker(b.page);
  await b.context.setOffline(true);
  await startLink(b.page).click();
  await reviewOneCard(b.page, 4, 1);
  await b.page.goto(`${base}/settings`);
  await b.page.getByRole('button', { name: 'Sync now' }).click();
  await b.page.getByText(/Offline: sync resumes when you are back online/).waitFor();
  await b.page.getByText(/1 grade waiting/).waitFor();
  await b.page.screenshot({ path: `${SHOTS}/sync-offline-waiting-390.png`, fullPage: true });
  const heldBefore = await server.pool.query('SELECT count(*)::int AS n FROM reviews');
  assert.equal(heldBefore.rows[0].n, 1);

  // Back online: the app syncs by itself (the online event), no button pressed.
  await b.context.setOffline(false);
  await b.page.getByText(/0 grades waiting/).waitFor({ timeout: 30_000 });
  const held = await server.pool.query('SELECT count(*)::int AS n FROM reviews');
  assert.equal(held.rows[0].n, 2);

  // A sees it.
  await syncNow(a.page);
  const logB = sortById(await readStore(b.page, 'reviews'));
  assert.equal(logB.length, 2);
  assert.deepEqual(sortById(await readStore(a.page, 'reviews')), logB);
  assert.deepEqual(sortById(await readStore(a.page, 'cards')), sortById(await readStore(b.page, 'cards')));

  // A grades once more and the grade syncs by itself mid-session; then A takes it back (Undo): the deletion
  // syncs by itself too, and B loses the grade instead of A getting it back with the next pull.
  const count = async (table) => (await server.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  const until = async (what, ok) => {
    for (let i = 0; i < 300 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(await ok(), what);
  };
  await a.page.goto(base);
  await startLink(a.page).click();
  await reviewOneCard(a.page, 3, 1);
  await until('the grade reached the server after the debounce', async () => (await count('reviews')) === 3);
  await syncNow(b.page);
  assert.equal((await readStore(b.page, 'reviews')).length, 3);
  await a.page.keyboard.press('u');
  await until('the undo reached the server as a retraction', async () => (await count('retractions')) === 1);
  assert.equal(await count('reviews'), 2);
  await syncNow(b.page);
  await syncNow(a.page);
  const logAfterUndo = sortById(await readStore(a.page, 'reviews'));
  assert.deepEqual(
    logAfterUndo.map((r) => r.id),
    logB.map((r) => r.id),
    'the undone grade is gone on A and stays gone',
  );
  assert.deepEqual(sortById(await readStore(b.page, 'reviews')), logAfterUndo);
  assert.deepEqual(sortById(await readStore(b.page, 'cards')), sortById(await readStore(a.page, 'cards')));
});

test("a deck imported on one profile shows on the other's Today after a sync", { timeout: 120_000 }, async () => {
  const fixture = resolve(import.meta.dirname, '../unit/deck/fixtures/valid.md');
  // B is open (its deck list read) before the deck exists anywhere.
  await b.page.goto(`${base}/settings`);
  await b.page.getByRole('button', { name: 'Sync now' }).waitFor();

  await a.page.goto(`${base}/decks`);
  await a.page.getByLabel('Choose a deck file (.md)').setInputFiles(fixture);
  await a.page.getByRole('button', { name: 'Import this deck' }).click();
  await a.page.getByRole('status').getByText('Imported “A Small Deck” (version 1, 1 card).').waitFor();
  await syncNow(a.page);
  const stored = await server.pool.query('SELECT deck_id, version FROM deck_versions');
  assert.deepEqual(stored.rows, [{ deck_id: 'mini', version: '1' }], 'the server holds the imported deck, not the built-in one');

  // B presses "Sync now" on the page it had open, then goes to Today inside the app (no reload): the deck
  // list was read again when the sync stored the deck.
  const since = Date.now();
  await b.page.getByRole('button', { name: 'Sync now' }).click();
  for (let i = 0; i < 100 && (await lastSynced(b.page)) < since; i++) await b.page.waitForTimeout(100);
  assert.ok((await lastSynced(b.page)) >= since, 'a sync finished');
  await b.page
    .getByRole('link', { name: /^Today/ })
    .first()
    .click();
  await b.page.getByRole('heading', { name: 'A Small Deck', level: 2 }).waitFor();
  await b.page.getByRole('link', { name: /Start review \(1 card\).*A Small Deck/ }).waitFor();
  const mini = (await readStore(b.page, 'decks')).find((d) => d.id === 'mini');
  assert.equal(mini?.origin, 'imported');
  assert.deepEqual(mini.deck, (await readStore(a.page, 'decks')).find((d) => d.id === 'mini').deck);
  await b.page.screenshot({ path: `${SHOTS}/sync-deck-on-other-profile-390.png`, fullPage: true });
});
