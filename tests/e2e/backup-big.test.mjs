// A big backup imports off the main thread (issue 14): the file is read, parsed, checked and saved in a
// worker while the page shows progress; every card then equals the fold of its log; and a big file with
// one bad row at its very end changes nothing. The figures for 200,000 reviews: tests/bench/import.bench.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStore, useApp } from './harness.mjs';
import { armImportProbes, awaitImport, writeBigBackup } from './backup-big.mjs';
import { foldReviews } from '../../src/srs/fold.ts';

const REVIEWS = 20_000;
const CARDS = 1_000;

const app = useApp({}, async ({ browser }) => {
  // Count the workers the page starts, by script address.
  await browser.context.addInitScript(() => {
    const Native = window.Worker;
    window.__workers = [];
    window.Worker = class extends Native {
      constructor(url, options) {
        super(url, options);
        window.__workers.push(String(url));
      }
    };
  });
});

test('a big backup is checked and saved in a worker, with progress, and every card equals its fold', async () => {
  const { page } = app.browser;
  const dir = await mkdtemp(join(tmpdir(), 'backup-big-'));
  const file = join(dir, 'big.json');
  await writeBigBackup(file, REVIEWS, CARDS);

  // A bad row at the very end: found only after 19,999 good ones were checked; nothing is written.
  const bad = join(dir, 'bad-at-end.json');
  const data = JSON.parse(await readFile(file, 'utf8'));
  data.reviews.at(-1).time = Date.now() + 3 * 86_400_000;
  await writeFile(bad, JSON.stringify(data));

  await page.goto(`${app.server.url}/settings`);
  await page.getByRole('heading', { name: 'Backup' }).waitFor();
  const before = { reviews: await readStore(page, 'reviews'), cards: await readStore(page, 'cards') };
  await armImportProbes(page);
  await page.getByLabel('Import backup').setInputFiles(bad);
  const refused = await awaitImport(page, /Nothing was imported/);
  assert.match(
    refused.progress.at(-1).text,
    new RegExp(
      `Nothing was imported from bad-at-end.json: review ${REVIEWS} of ${REVIEWS} is dated .*, in the future .*Your progress is unchanged\\.`,
    ),
  );
  assert.deepEqual(await readStore(page, 'reviews'), before.reviews);
  assert.deepEqual(await readStore(page, 'cards'), before.cards);

  await page.reload();
  await page.getByRole('heading', { name: 'Backup' }).waitFor();
  await armImportProbes(page);
  await page.getByLabel('Import backup').setInputFiles(file);
  const run = await awaitImport(page, /Imported \d+ new grades/);
  assert.equal(run.progress.at(-1).text, `Imported ${REVIEWS} new grades; 0 were already here.`);
  const texts = run.progress.map((p) => p.text);
  assert.ok(
    texts.some((t) => t === `Checking 20000 of ${REVIEWS} grades…`),
    texts.join(' | '),
  );
  assert.ok(
    texts.some((t) => t === `Saving 10000 of ${REVIEWS} grades…`),
    texts.join(' | '),
  );
  assert.ok(
    texts.some((t) => t === `Updating the schedules of ${CARDS} of ${CARDS} cards…`),
    texts.join(' | '),
  );
  // Parsing and checking happened in the backup worker, not on the page's main thread.
  assert.deepEqual((await page.evaluate(() => window.__workers)).filter((url) => /backup-worker/.test(url)).length, 1);

  const reviews = await readStore(page, 'reviews');
  const cards = await readStore(page, 'cards');
  assert.equal(reviews.length, REVIEWS);
  assert.equal(cards.length, CARDS);
  const logs = new Map();
  for (const r of reviews) logs.set(r.cardKey, [...(logs.get(r.cardKey) ?? []), r]);
  for (const card of cards) {
    const { key, deckId, cardId, ...schedule } = card;
    assert.deepEqual(schedule, foldReviews(logs.get(key)), key);
    assert.equal(key, `${deckId}/${cardId}`);
  }
});
