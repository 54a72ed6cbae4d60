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
  await flow.firstVisit(d, s.url);
  await d.screenshot(s.shot('today'));
  await flow.offlineReload(d, s.server);
});
t('a review by click and by keys, with undo', (d) => flow.reviewByClickAndKeys(d, s.url));
t('a drill', (d) => flow.drill(d, s.url));
t('a mock interview records answers as audio/mp4', async (d) => {
  const mimes = await flow.mockInterview(d, s.url, { record: true, mimePrefix: 'audio/mp4' });
  assert.ok(mimes.length > 0);
  await d.screenshot(s.shot('scorecard'));
});
t('Stats', (d) => flow.stats(d, s.url));
t('a backup export and import', (d) => flow.backupExportImport(d, s.url));
t('a deck import', (d) => flow.deckImport(d, s.url));
