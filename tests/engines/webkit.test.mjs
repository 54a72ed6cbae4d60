// The core flows in WebKit (WebKitGTK's MiniBrowser, the engine of every iPhone browser), on the built app, plus
// what WebKit lacks degrading on purpose: no requestIdleCallback, no navigator.storage.persist, no install prompt,
// and MediaRecorder recording audio/mp4 instead of WebM. Runs under xvfb-run (MiniBrowser needs a display).
import assert from 'node:assert/strict';
import { openWebKitDriver } from './drivers.mjs';
import { engineSuite } from './suite.mjs';
import * as flow from './flows.mjs';

const s = engineSuite(openWebKitDriver);
const t = s.step;

t('first visit, then a reload with the server gone still shows Today', async (d) => {
  const notice = await flow.firstVisit(d, s.url, { notice: true });
  // No install prompt in Safari: the one-time offline notice says how to install instead.
  assert.match(notice, /Ready to work offline\. To install Rehearse, tap Share, then "Add to Home Screen"\./);
  await d.screenshot(s.shot('today'));
  await flow.offlineReload(d, s.server);
});
t('a review by click and by keys, with undo', (d) => flow.reviewByClickAndKeys(d, s.url));
t('a drill', (d) => flow.drill(d, s.url));
t('Stats', (d) => flow.stats(d, s.url));
let backup;
t('a backup export', async (d) => {
  backup = await flow.backupExport(d, s.url);
});
t('a deck import', (d) => flow.deckImport(d, s.url));
t("what WebKit lacks degrades on purpose: idle work on a timer, Safari's storage and install advice", async (d) => {
  await d.goto(s.url);
  assert.deepEqual(
    await d.evaluate(flow.capabilities),
    { requestIdleCallback: false, persist: false, installPrompt: false, recordsWebm: false, recordsMp4: true },
    'the engine lacks what this test is about',
  );
  await flow.idleWorkRan(d, s.url);
  const advice = await flow.settingsAdvice(d, s.url);
  assert.equal(advice.installButton, false);
  assert.equal(advice.installSteps, 'To install Rehearse, tap Share, then "Add to Home Screen".');
  assert.match(
    advice.storage,
    /^Safari may delete this site's data, your progress included, after a few weeks without a visit .* unless Rehearse is added to the Home Screen\.$/,
  );
  assert.deepEqual(
    advice.protections.map((p) => p.split(/[ ,]/)[0]),
    ['To', 'Export', 'Turn'],
    'install, backups and sync offered',
  );
  await d.evaluate(() => document.getElementById('storage').scrollIntoView());
  await d.screenshot(s.shot('settings-advice'));
});
t('a mock interview records answers as audio/mp4', async (d) => {
  const mimes = await flow.mockInterview(d, s.url, { record: true, mimePrefix: 'audio/mp4' });
  assert.ok(mimes.length > 0);
  await d.screenshot(s.shot('scorecard'));
});
// Found by this suite: WebKit keeps a page it leaves in its back/forward cache with its IndexedDB transactions frozen
// open, so after a recorded mock and Stats the import's worker could wait at "Saving 0 of N grades…" for minutes
// (the app now aborts its transactions as it is hidden into that cache). Stats is opened last, as when it was seen.
t('a backup import after a recorded mock and Stats', async (d) => {
  await flow.stats(d, s.url);
  await flow.backupImport(d, s.url, backup.path, backup.count);
});
// The cause, made certain: the page is left while one of the app's own transactions on the log is under way.
t('a backup import after a page was left in the middle of a transaction', (d) =>
  flow.importAfterLeavingMidTransaction(d, s.url, backup.path, backup.count),
);
// The repro, with a lock the app cannot release (the test's own transaction in a cached page): the import must give
// up with a clear message and change nothing, never hang. Runs last: the lock lasts until the cached page returns.
t('an import the database never lets start gives up with a clear message and changes nothing', async (d) => {
  const before = await flow.lockedImport(d, s.url, backup.path);
  assert.match(
    before.message,
    /^Nothing was imported from rehearse-backup-[\d-]+\.json: Rehearse could not get its database, which another Rehearse tab or window may be holding\. Close other Rehearse tabs and try again\. Your progress is unchanged\.$/,
  );
  assert.deepEqual(before.after, before.before, 'the log is unchanged');
});
