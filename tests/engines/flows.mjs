// The core flows every engine must pass, written once over the driver interface (drivers.mjs): first visit, an
// offline reload, a review by click and by keys with undo, a drill, a mock interview, Stats, a backup export and
// import, a deck import. Each takes the driver and the app's address and asserts what a user would see.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Every row of the app's IndexedDB object store `name` (a function run in the page). */
export function readStoreInPage(name) {
  return new Promise((done, fail) => {
    const open = indexedDB.open('rehearse');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) return (db.close(), done([]));
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => (db.close(), done(request.result));
      request.onerror = () => (db.close(), fail(request.error));
    };
  });
}

/** The review log's rows, oldest first. */
export const reviews = async (d) => (await d.evaluate(readStoreInPage, 'reviews')).sort((a, b) => a.time - b.time);

/** Waits until every grade and undo of the session is committed (the status line says so). */
const saved = (d) => d.waitFor('grades saved', () => document.querySelector('.status-line[data-saving="0"]') !== null);

/** Waits until the page's heading reads `text`. */
const heading = (d, text) => d.waitForText(text, 'h1');

/**
 * First visit: Today shows, and the service worker takes control (first load is uncontrolled: reload once). With
 * `notice`, returns the one-time offline notice's text, shown once the app is cached (before the reload).
 */
export async function firstVisit(d, url, { notice = false } = {}) {
  await d.goto(url);
  await heading(d, 'Today');
  await d.waitForText('Start review', 'a[href="/review"]');
  await d.waitFor('the service worker ready', () => navigator.serviceWorker.ready.then(() => true));
  const text = notice ? await offlineNotice(d) : '';
  await d.reload();
  await d.waitFor('the service worker in control', () => navigator.serviceWorker.controller !== null);
  await heading(d, 'Today');
  return text;
}

/** With the server unreachable, a reload still shows Today with its review link (from the service worker's cache). */
export async function offlineReload(d, server) {
  server.setReachable(false);
  try {
    await d.reload();
    await heading(d, 'Today');
    await d.waitForText('Start review', 'a[href="/review"]');
  } finally {
    server.setReachable(true);
  }
}

/** A review by click (two points ticked, grade 5), then by keys (Space, grade 4), then U takes the last grade back. */
export async function reviewByClickAndKeys(d, url) {
  await d.goto(url);
  await d.click('a[href="/review"]', 'Start review');
  const first = await d.waitFor('the first card', () => document.querySelector('#prompt')?.textContent);
  await d.click('.review-bar .show', 'Show answer');
  await d.click('.checklist label');
  await d.click('.checklist li:nth-child(2) label');
  await d.click('button[data-grade="5"]');
  await saved(d);
  let log = await reviews(d);
  assert.equal(log.length, 1, `${d.name}: one grade after the click review`);
  assert.deepEqual([log[0].grade, log[0].mode, log[0].ticked], [5, 'review', [0, 1]]);

  const second = await d.waitFor(
    'the next card',
    (p) => {
      const t = document.querySelector('#prompt')?.textContent;
      return t && t !== p && t;
    },
    [first],
  );
  await d.press('Space');
  await d.waitFor('the grades', () => document.querySelector('button[data-grade="4"]') !== null);
  await d.press('4');
  await saved(d);
  log = await reviews(d);
  assert.equal(log.length, 2, `${d.name}: a second grade by keys`);
  await d.press('u');
  await saved(d);
  log = await reviews(d);
  assert.deepEqual(
    log.map((r) => r.grade),
    [5],
    `${d.name}: U took the keyboard grade back`,
  );
  await d.waitFor('the undone card back', (p) => document.querySelector('#prompt')?.textContent === p, [second]);
}

/** A drill of one group: its card shows, a grade is logged as a drill. */
export async function drill(d, url, group = 'testing') {
  await d.goto(`${url}/review?drill=${group}`);
  await d.click('.review-bar .show', 'Show answer');
  await d.click('button[data-grade="4"]');
  await saved(d);
  const log = await reviews(d);
  assert.equal(log.at(-1).mode, 'drill', `${d.name}: the drill grade is logged as a drill`);
}

/**
 * A six-question mock interview by click, recording each answer when `record` (the stored audio must be of
 * `mimePrefix`); self-review grades each question; the scorecard shows. Returns the stored recordings' MIME types.
 */
export async function mockInterview(d, url, { record, mimePrefix }) {
  await d.goto(`${url}/mock`);
  await heading(d, 'Mock interview');
  await d.click('label', '6');
  if (record) await d.click('label', 'Record my answers');
  await d.click('button', 'Start mock interview');
  for (let step = 0; step < 12; step++) {
    await d.waitForText('Start answer', '.mock-actions .big');
    await d.click('.mock-actions .big', 'Start answer');
    if (record) await d.waitForText('Recording', '.mock-ask');
    await new Promise((r) => setTimeout(r, record ? 600 : 100));
    await d.click('.mock-actions .big', 'Done');
  }
  for (let q = 1; q <= 6; q++) {
    await d.waitForText(`Self-review · question ${q} of 6`);
    await d.click('.mock-review .checklist label');
    await d.click('button[data-suggested="true"]');
  }
  await heading(d, 'Scorecard');
  const log = await reviews(d);
  assert.equal(log.filter((r) => r.mode === 'interview').length, 6, `${d.name}: six interview grades`);
  const stored = await d.evaluate(
    (name) =>
      new Promise((done) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return done([]);
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => (db.close(), done(r.result.map((x) => ({ mime: x.mime, bytes: x.bytes ?? x.data?.byteLength ?? 0 }))));
        };
      }),
    'recordings',
  );
  if (record) {
    assert.equal(stored.length, 12, `${d.name}: twelve answers recorded`);
    assert.ok(
      stored.every((x) => x.mime.startsWith(mimePrefix) && x.bytes > 0),
      `${d.name}: recordings are ${mimePrefix} with audio: ${JSON.stringify(stored.slice(0, 2))}`,
    );
  } else assert.equal(stored.length, 0);
  return stored.map((x) => x.mime);
}

/** Stats shows the work done: its heading and the grades counted. */
export async function stats(d, url) {
  await d.goto(`${url}/stats`);
  await heading(d, 'Stats');
  await d.waitFor('Stats drawn', () => document.querySelectorAll('main section, main .panel').length > 1);
}

/** Exports a backup (the file the page hands to the browser's download is read in the page), imports it back. */
export async function backupExportImport(d, url) {
  const { path, count } = await backupExport(d, url);
  await backupImport(d, url, path, count);
}

/** Exports a backup from Settings; returns where the file was saved and how many grades it holds (all of them). */
export async function backupExport(d, url) {
  await d.goto(`${url}/settings`);
  await d.waitForText('Export backup', 'button');
  // A WebDriver session cannot read the engine's downloads folder: catch the file as the page hands it over.
  // (The Blob is read directly: fetching its blob: URL would be a connect-src violation of the app's own CSP.)
  await d.evaluate(() => {
    window.__downloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const made = create.call(URL, blob);
      blobs.set(made, blob);
      return made;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = this.download && blobs.get(this.href);
      if (blob) void blob.text().then((text) => window.__downloads.push({ name: this.download, text }));
      else click.call(this);
    };
  });
  await d.click('button', 'Export backup');
  await d.waitForText('Exported');
  const [file] = await d.waitFor('the backup file', () => window.__downloads?.length && window.__downloads);
  const backup = JSON.parse(file.text);
  const count = (await reviews(d)).length;
  assert.equal(backup.reviews.length, count, `${d.name}: the backup holds every grade`);
  const path = join(await mkdtemp(join(tmpdir(), 'engine-backup-')), file.name);
  await writeFile(path, file.text);
  return { path, count };
}

/** Imports the backup at `path` (of `count` grades, all already here) from Settings: nothing new is added. */
export async function backupImport(d, url, path, count) {
  await d.goto(`${url}/settings`);
  await d.setFile('input[type="file"][accept*="json"]', path);
  await d.waitForText(`Imported 0 new grades; ${count} were already here.`);
}

/**
 * Leaves a page in the middle of one of the app's own transactions on the log (Stats' read, kept busy by the test
 * until the page is hidden), then imports the backup at `path` (of `count` grades, all already here) from Settings.
 * WebKit freezes the left page in its back/forward cache; unless the app releases its transaction as it is hidden,
 * the import cannot start.
 */
export async function importAfterLeavingMidTransaction(d, url, path, count) {
  await d.goto(`${url}/settings`);
  await d.waitForText('Export backup', 'button');
  await d.evaluate(() => {
    window.__held = false;
    const proto = IDBObjectStore.prototype;
    const count = proto.count;
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
      const original = proto[method];
      proto[method] = function (...args) {
        const tx = this.transaction;
        const scope = [...tx.objectStoreNames];
        if (!window.__held && (scope.includes('reviews') || scope.includes('cards'))) {
          window.__held = true;
          // One request after another on the app's transaction, so it cannot end before the page is left.
          const again = () => {
            try {
              count.call(tx.objectStore(scope[0])).onsuccess = again;
            } catch {
              // the transaction was ended (aborted as the page was hidden)
            }
          };
          again();
        }
        return original.apply(this, args);
      };
    }
  });
  await d.click('a[href="/stats"]');
  await d.waitFor("one of the app's transactions on the log held", () => window.__held);
  await d.goto(`${url}/settings`);
  await d.setFile('input[type="file"][accept*="json"]', path);
  await d.waitFor(
    'the import to end',
    () => /^Nothing was imported|^Imported/.test(document.querySelector('#backup ~ p[role]')?.textContent ?? ''),
    [],
    90_000,
  );
  await d.waitForText(`Imported 0 new grades; ${count} were already here.`, '#backup ~ p[role]', 1);
}

/**
 * Leaves a page (Stats) that holds a read transaction on the log open until it is shown again, so WebKit freezes it,
 * locks held, in its back/forward cache; then imports the backup at `path` from Settings and waits for the outcome.
 * Brings the held page back at the end (its transaction then ends). Returns the message and the log before and after.
 */
export async function lockedImport(d, url, path) {
  await d.goto(`${url}/stats`);
  await d.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction(['reviews', 'cards'], 'readonly');
          let shown = false;
          addEventListener('pageshow', () => (shown = true));
          const again = () => {
            if (!shown) tx.objectStore('reviews').count().onsuccess = again;
          };
          tx.oncomplete = () => open.result.close();
          again();
          done(true);
        };
      }),
  );
  await d.goto(`${url}/settings`);
  const ids = async () => (await reviews(d)).map((r) => r.id);
  const before = await ids();
  await d.setFile('input[type="file"][accept*="json"]', path);
  const message = await d.waitFor(
    'the import to end',
    () => {
      const text = document.querySelector('#backup ~ p[role]')?.textContent ?? '';
      return /^Nothing was imported|^Imported/.test(text) && text;
    },
    [],
    90_000,
  );
  const after = await ids();
  await d.evaluate(() => history.back());
  return { message, before, after };
}

/** Imports the small test deck by the file picker; it shows on Today. */
export async function deckImport(d, url) {
  await d.goto(`${url}/decks`);
  await d.setFile('#deck-file', resolve(import.meta.dirname, '../unit/deck/fixtures/valid.md'));
  await d.waitForText('New deck: A Small Deck, version 1: 1 card in 1 group.');
  await d.click('button', 'Import this deck');
  await d.waitForText('Imported “A Small Deck” (version 1, 1 card).');
  await d.goto(url);
  await d.waitForText('A Small Deck', 'h2');
}

/** What the page can do that engines differ in (a function run in the page). */
export function capabilities() {
  return {
    requestIdleCallback: typeof requestIdleCallback === 'function',
    persist: typeof navigator.storage?.persist === 'function',
    installPrompt: 'onbeforeinstallprompt' in window,
    recordsWebm: typeof MediaRecorder === 'function' && MediaRecorder.isTypeSupported('audio/webm;codecs=opus'),
    recordsMp4: typeof MediaRecorder === 'function' && MediaRecorder.isTypeSupported('audio/mp4'),
  };
}

/**
 * The page's idle work ran (the decks' upkeep marks 'rehearse:reconciled' and Stats' kept totals get built), however
 * the engine schedules it: requestIdleCallback, or the timer that stands in for it.
 */
export async function idleWorkRan(d, url) {
  await d.goto(url);
  await heading(d, 'Today');
  await d.waitFor('the decks reconciled when idle', () => performance.getEntriesByName('rehearse:reconciled').length === 1);
  await d.waitFor(
    "Stats' totals built when idle",
    () =>
      new Promise((done) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const r = open.result.transaction('meta').objectStore('meta').get('stats:activity');
          r.onsuccess = () => (open.result.close(), done(r.result !== undefined));
        };
      }),
  );
}

/** Settings' install steps and storage advice, as shown (the install button's presence too). */
export async function settingsAdvice(d, url) {
  await d.goto(`${url}/settings`);
  await d.waitFor(
    'the storage advice',
    () => !/Checking/.test(document.querySelector('[data-testid="persistence"]')?.textContent ?? 'Checking'),
  );
  return d.evaluate(() => ({
    installSteps: document.querySelector('[data-testid="install-steps"]')?.textContent.trim() ?? '',
    installButton: [...document.querySelectorAll('button')].some((b) => b.textContent.includes('Install Rehearse')),
    storage: document.querySelector('[data-testid="persistence"]').textContent.trim(),
    protections: [...document.querySelectorAll('[data-testid="protections"] li')].map((li) => li.textContent.trim()),
  }));
}

/** The one-time offline notice's text once it carries its install steps (they load with it). */
function offlineNotice(d) {
  return d.waitFor('the offline notice with its install steps', () => {
    const text = [...document.querySelectorAll('.toast')].map((t) => t.textContent).join(' ');
    return /Ready to work offline\. \S/.test(text) && text;
  });
}
