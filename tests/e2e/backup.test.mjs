// Backup in the browser: export downloads the log; importing it twice changes nothing; a corrupt file changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser, readStore, reviewOneCard, startReview, useApp } from './harness.mjs';

const app = useApp({ acceptDownloads: true });

test('export, re-import and a corrupt import', async () => {
  const { page } = app.browser;
  await page.goto(`${app.server.url}/review`);
  await reviewOneCard(page, 5, 2);
  await reviewOneCard(page, 2, 1);
  await page.getByText('Card 3 of 16').waitFor();

  await page.goto(`${app.server.url}/settings`);
  await page.getByText('No backup made yet.').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  assert.match(download.suggestedFilename(), /^rehearse-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(backup.reviews.length, 2);
  // The current format (version 3: drill grades may be in the log) carries mock interviews too, and no
  // recordings unless asked for.
  assert.equal(backup.version, 3);
  assert.deepEqual(backup.mocks, []);
  assert.equal(backup.recordings, undefined);
  await page.getByText('Exported 2 grades, 0 mock interviews to').waitFor();
  await page.getByText(/Last backup: /).waitFor();

  const before = { reviews: await readStore(page, 'reviews'), cards: await readStore(page, 'cards') };
  await page.getByLabel('Import backup').setInputFiles(file);
  await page.getByText('Imported 0 new grades; 2 were already here.').waitFor();
  assert.deepEqual(await readStore(page, 'reviews'), before.reviews);
  assert.deepEqual(await readStore(page, 'cards'), before.cards);

  const corrupt = join(dir, 'corrupt.json');
  await writeFile(
    corrupt,
    JSON.stringify({ ...backup, reviews: [{ ...backup.reviews[0], id: '00000000-0000-4000-8000-000000000000', grade: 'five' }] }),
  );
  await page.getByLabel('Import backup').setInputFiles(corrupt);
  await page
    .getByRole('alert')
    .getByText(
      'Nothing was imported from corrupt.json: review 1 of 1 has a grade that is not a whole number from 0 to 5 ("five"). Your progress is unchanged.',
    )
    .waitFor();
  assert.deepEqual(await readStore(page, 'reviews'), before.reviews);

  // A fresh device restores everything from the file.
  const other = await openBrowser();
  try {
    await other.page.goto(`${app.server.url}/settings`);
    await other.page.getByLabel('Import backup').setInputFiles(file);
    await other.page.getByText('Imported 2 new grades; 0 were already here.').waitFor();
    assert.deepEqual(await readStore(other.page, 'cards'), before.cards);
    await other.page.goto(app.server.url);
    await startReview(other.page, 15).waitFor();
  } finally {
    await other.close();
  }
});
