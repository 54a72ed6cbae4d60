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
t('what WebKit lacks degrades on purpose: idle work on a timer, Safari\'s storage and install advice', async (d) => {
  await d.goto(s.url);
  assert.deepEqual(await d.evaluate(flow.capabilities), { requestIdleCallback: false, persist: false, installPrompt: false, recordsWebm: false, recordsMp4: true }, 'the engine lacks what this test is about');
  await flow.idleWorkRan(d, s.url);
  const advice = await flow.settingsAdvice(d, s.url);
  assert.equal(advice.installButton, false);
  assert.equal(advice.installSteps, 'To install Rehearse, tap Share, then "Add to Home Screen".');
  assert.match(advice.storage, /^Safari may delete this site's data, your progress included, after a few weeks without a visit .* unless Rehearse is added to the Home Screen\.$/);
  assert.deepEqual(advice.protections.map((p) => p.split(/[ ,]/)[0]), ['To', 'Export', 'Turn'], 'install, backups and sync offered');
  await d.evaluate(() => document.getElementById('storage').scrollIntoView());
  await d.screenshot(s.shot('settings-advice'));
});
t('a mock interview records answers as audio/mp4', async (d) => {
  const mimes = await flow.mockInterview(d, s.url, { record: true, mimePrefix: 'audio/mp4' });
  assert.ok(mimes.length > 0);
  await d.screenshot(s.shot('scorecard'));
});
// Found by this suite: in WebKit the backup import intermittently stops at "Saving 0 of N grades…" (its worker's
// transaction never ends) and the database stays blocked, even across reloads, for a minute or more; Chromium and
// Firefox import the same file. Seen after Stats had been opened. Runs last (it can block the database), reported
// as a todo so the suite stays usable until it is fixed.
t('a backup import', (d) => flow.backupImport(d, s.url, backup.path, backup.count), { todo: 'WebKit: the backup import can hang at "Saving 0 of N grades"' });
