// Imported decks in the browser: import by file picker, on Today, review it, offline after a reload;
// a broken file shows line-numbered problems and changes nothing; export and re-import; remove and restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHOTS, readStore, setOnline, useApp, waitForServiceWorker } from './harness.mjs';

const fixture = resolve(import.meta.dirname, '../unit/deck/fixtures/valid.md');
const pageErrors = [];
const app = useApp({ acceptDownloads: true }, async (a) => {
  a.browser.page.on('pageerror', (e) => pageErrors.push(e.message));
  a.browser.page.setDefaultTimeout(15_000); // a failing wait names its locator before the test's own timeout
});
const dump = async (page) => ({
  reviews: await readStore(page, 'reviews'),
  cards: await readStore(page, 'cards'),
  decks: await readStore(page, 'decks'),
});

test('import a deck by the file picker, see it on Today, review it, and find it after an offline reload', { timeout: 90_000 }, async () => {
  const { page, context } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: /^Decks/ }).click();
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(fixture);
  await page.getByText('New deck: A Small Deck, version 1: 1 card in 1 group.').waitFor();
  await page.screenshot({ path: join(SHOTS, 'decks-import-preview.png') });
  await page.getByRole('button', { name: 'Import this deck' }).click();
  await page.getByRole('status').getByText('Imported “A Small Deck” (version 1, 1 card).').waitFor();

  await page.getByRole('link', { name: 'See it on Today' }).click();
  await page.getByRole('heading', { name: 'A Small Deck', level: 2 }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'today-two-decks.png'), fullPage: true });
  await page.getByRole('link', { name: /Start review \(1 card\).*A Small Deck/ }).click();
  await page.getByText('What is').waitFor();
  assert.match(page.url(), /\/review\?deck=mini$/);
  // Deck text is text: the red flag's markup shows as characters.
  await page.getByRole('button', { name: /Show answer/ }).click();
  // On a phone the answer's extra sections start closed: open the red flags.
  await page.locator('details.extra summary', { hasText: 'Red flags' }).click();
  await page.getByText('Says <img src=x onerror=alert(1)>.').waitFor();
  await page.locator('button[data-grade="4"]').click();
  await page.waitForSelector('.status-line[data-saving="0"]', { state: 'attached' });
  const reviews = await readStore(page, 'reviews');
  assert.deepEqual(
    reviews.map((r) => r.cardKey),
    ['mini/first'],
  );

  await setOnline(context, app.server, false);
  await page.goto(`${app.server.url}/browse/first?deck=mini`);
  await page.getByRole('heading', { name: 'What is x?', level: 1 }).waitFor();
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'A Small Deck', level: 2 }).waitFor();
  await setOnline(context, app.server, true);
  assert.deepEqual(pageErrors, []);
});

test('a broken deck shows every problem with its line and changes nothing', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/decks`);
  const dir = await mkdtemp(join(tmpdir(), 'deck-'));
  const broken = join(dir, 'broken.md');
  const text = (await readFile(fixture, 'utf8'))
    .replace('Version: 1', 'Version: 2')
    .replace('- Ask when not.\n', '')
    .replace('### Card first', '### Card First!');
  await writeFile(broken, text);
  const before = await dump(page);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(broken);
  const alert = page.getByRole('alert');
  await alert.getByText('broken.md was not imported: 2 problems.').waitFor();
  await alert.getByText('broken.md:8: card id "First!" must be a slug (a-z, 0-9, -)').waitFor();
  await alert.getByText('broken.md:21: card "First!" needs at least 2 follow-ups under "#### Follow-ups" (has 1)').waitFor();
  assert.equal(await alert.locator('pre.offending').first().textContent(), '### Card First!');
  await page.screenshot({ path: join(SHOTS, 'decks-import-problems.png'), fullPage: true });
  assert.deepEqual(await dump(page), before);
});

test('export and re-import give the same deck; the same version twice changes nothing', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/decks`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Export \.md.*A Small Deck/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'mini.md');
  const file = join(await mkdtemp(join(tmpdir(), 'export-')), 'mini.md');
  await download.saveAs(file);
  const before = await dump(page);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(file);
  await page.getByText('You already have version 1 of “A Small Deck”. Nothing was changed.').waitFor();
  assert.deepEqual(await dump(page), before);
  // The exported text is the same deck: a new version of it differs only by its version.
  const exported = await readFile(file, 'utf8');
  const next = join(await mkdtemp(join(tmpdir(), 'export-')), 'mini-2.md');
  await writeFile(next, exported.replace('Version: 1', 'Version: 2'));
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(next);
  await page.getByText("No card's prompt or outline changed.").waitFor();
  await page.getByRole('button', { name: 'Apply the update' }).click();
  await page.getByText('Updated “A Small Deck” (version 2, 1 card).').waitFor();
  const [stored] = (await readStore(page, 'decks')).filter((d) => d.id === 'mini');
  assert.deepEqual({ ...stored.deck, version: '1' }, before.decks.find((d) => d.id === 'mini').deck);
  assert.deepEqual(await readStore(page, 'reviews'), before.reviews);
});

test('remove a deck keeping its progress, restore it; an older version is refused', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/decks`);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(fixture);
  await page.getByText('This file is version 1 of “A Small Deck”, older than the version 2 you have. Nothing was changed.').waitFor();
  const before = await dump(page);
  await page.getByRole('button', { name: /Remove….*A Small Deck/ }).click();
  await page.getByRole('alertdialog').getByText('Its 1 saved grade stays in your log and backups').waitFor();
  await page.screenshot({ path: join(SHOTS, 'decks-remove.png'), fullPage: true });
  await page.getByRole('button', { name: 'Remove deck', exact: true }).click();
  await page.getByText('Imported · version 2 · 1 card in 1 group · removed').waitFor();
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'A Small Deck' }).count(), 0);
  assert.deepEqual(await readStore(page, 'reviews'), before.reviews);
  await page.goto(`${app.server.url}/decks`);
  await page.getByRole('button', { name: /Restore.*A Small Deck/ }).click();
  // Leave only once the restore is written (the deck offers Remove again), or the navigation can cut the write short.
  await page.getByRole('button', { name: /Remove….*A Small Deck/ }).waitFor();
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'A Small Deck', level: 2 }).waitFor();
  assert.deepEqual(await dump(page), before);
  assert.deepEqual(pageErrors, []);
});
