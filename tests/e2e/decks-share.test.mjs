// "Share to Rehearse" (issue 10): the manifest's share target POSTs a .md file as multipart form data; the
// service worker receives it, and the Decks screen shows the usual import preview. A browser share sheet cannot
// be driven here, so the test sends exactly the POST the browser's share target sends, as a form navigation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SHOTS, readStore, useApp, waitForServiceWorker } from './harness.mjs';

const fixture = resolve(import.meta.dirname, '../unit/deck/fixtures/valid.md');
const app = useApp();

test('a deck file shared to the app opens the import preview, and imports only when the user says so', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await waitForServiceWorker(page);
  const manifest = await (await fetch(`${app.server.url}/manifest.webmanifest`)).json();
  assert.deepEqual(manifest.share_target.params.files[0].name, 'deck');
  assert.equal(manifest.share_target.method, 'POST');

  const text = await readFile(fixture, 'utf8');
  await page.evaluate(
    ([action, body]) => {
      const form = Object.assign(document.createElement('form'), { method: 'post', enctype: 'multipart/form-data', action });
      const input = Object.assign(document.createElement('input'), { type: 'file', name: 'deck' });
      const files = new DataTransfer();
      files.items.add(new File([body], 'mini.md', { type: 'text/markdown' }));
      input.files = files.files;
      form.append(input);
      document.body.append(form);
      form.submit();
    },
    [manifest.share_target.action, text],
  );
  await page.getByText('New deck: A Small Deck, version 1: 1 card in 1 group.').waitFor();
  assert.match(page.url(), /\/decks\?shared=1$/);
  assert.deepEqual(
    (await readStore(page, 'decks')).map((d) => d.id).filter((id) => id === 'mini'),
    [],
    'nothing imported yet',
  );
  await page.screenshot({ path: join(SHOTS, 'decks-shared-preview.png') });
  await page.getByRole('button', { name: 'Import this deck' }).click();
  await page.getByRole('status').getByText('Imported “A Small Deck” (version 1, 1 card).').waitFor();
  assert.ok((await readStore(page, 'decks')).some((d) => d.id === 'mini'));

  // The shared file is offered once: opening the same address again finds nothing and says so.
  await page.goto(`${app.server.url}/decks?shared=1`);
  await page.getByText('The shared file did not reach Rehearse').waitFor();
});
