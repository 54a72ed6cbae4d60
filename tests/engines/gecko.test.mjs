// The core flows in Gecko (Debian's Firefox ESR over WebDriver BiDi, puppeteer-core) on the built app, plus what
// Firefox lacks degrading on purpose: no install prompt (Settings says how to install instead). Firefox records
// WebM/Opus, with its fake-media preferences standing in for a microphone.
import assert from 'node:assert/strict';
import { openGeckoDriver } from './drivers.mjs';
import { engineSuite } from './suite.mjs';
import * as flow from './flows.mjs';

const s = engineSuite(openGeckoDriver);
const t = s.step;

t('first visit, then a reload with the server gone still shows Today', async (d) => {
  const notice = await flow.firstVisit(d, s.url, { notice: true });
  // No install prompt in Firefox: the one-time offline notice says what to do instead.
  assert.match(notice, /Ready to work offline\. Firefox on a computer does not install web apps/);
  await d.screenshot(s.shot('today'));
  await flow.offlineReload(d, s.server);
});
t('a review by click and by keys, with undo', (d) => flow.reviewByClickAndKeys(d, s.url));
t('a drill', (d) => flow.drill(d, s.url));
t('a mock interview records answers as WebM', (d) => flow.mockInterview(d, s.url, { record: true, mimePrefix: 'audio/webm' }));
t('Stats', (d) => flow.stats(d, s.url));
t('a backup export and import', (d) => flow.backupExportImport(d, s.url));
t('a deck import', (d) => flow.deckImport(d, s.url));

t('what Firefox lacks degrades on purpose: no install prompt, so Settings says what to do instead', async (d) => {
  await d.goto(s.url);
  const can = await d.evaluate(flow.capabilities);
  assert.deepEqual({ installPrompt: can.installPrompt, recordsWebm: can.recordsWebm }, { installPrompt: false, recordsWebm: true });
  await flow.idleWorkRan(d, s.url);
  const advice = await flow.settingsAdvice(d, s.url);
  assert.equal(advice.installButton, false);
  assert.match(advice.installSteps, /^Firefox on a computer does not install web apps/);
  await d.screenshot(s.shot('settings-advice'));
});
