// Today with an interview date: the plan leads, exam passes start as drills, the backup nudge shows; axe light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SHOTS, useApp } from './harness.mjs';
import { seedDeckHistory } from './stats-seed.mjs';
import { dayToIso } from '../../src/srs/days.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const app = useApp({}, async () => mkdir(SHOTS, { recursive: true }));

const putSetting = (page, key, value) =>
  page.evaluate(
    ([key, value]) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: `setting:${key}`, value });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    [key, value],
  );

test('Today leads with the plan to the interview date, and exam passes open as a drill', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  const { today } = await seedDeckHistory(page);
  await putSetting(page, 'interviewDate', dayToIso(today + 9));
  await page.reload();
  const heading = page.locator('#plan-h');
  await heading.waitFor();
  assert.match(await heading.textContent(), /^Interview in 9 days · on track: \d+% expected$/);
  const line = await page.locator('.plan-today').textContent();
  const [, reviews, passes, minutes] = /^Today: (\d+) reviews \+ (\d+) exam passes, about (\d+) min/.exec(line).map(Number);
  assert.equal(reviews, 16, 'all 16 seeded cards are due today');
  assert.ok(minutes >= 1, line);
  // Never backed up, 960 grades over four months: the nudge shows.
  await page.locator('.backup-nudge').waitFor();

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('.plan details').evaluate((d) => (d.open = true));
    await page.screenshot({ path: join(SHOTS, `today-plan-${scheme}.png`), fullPage: true });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations.map(
        (v) => `${v.id} ${v.nodes.map((n) => n.target.join(' '))}`,
      ),
    );
    assert.deepEqual(violations, [], scheme);
  }
  if (passes > 0) {
    await page.getByRole('link', { name: /Start today's exam passes/ }).click();
    await page.getByText(`Card 1 of ${passes}`).waitFor();
  }
  // A date in the past says so.
  await putSetting(page, 'interviewDate', dayToIso(today - 1));
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: 'Your interview date has passed' }).waitFor();
});
