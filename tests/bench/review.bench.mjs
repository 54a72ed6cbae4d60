// Benchmark: grade → next card with 10,000 cards and 200,000 reviews stored (DESIGN.md budget: one frame, 16 ms),
// in the production build in Debian's Chromium at phone size. The built-in deck's 16 cards carry 60-review
// histories among the other decks' rows (tests/e2e/perf-db.mjs). One daily review (undoing every other grade,
// as the gate test does), then two drills of every group, for more samples. Figures, from the Performance API
// measures the app records on every grade and one recorded around undo:
//   grade-to-next-card     — the next card rendered and laid out (the work, ready to paint);
//   grade-to-next-frame    — until the frame that paints it starts (includes waiting for vsync);
//   undo-to-previous-card  — from the U keydown until the previous card is back and laid out.
import { openBrowser, startServer } from '../e2e/harness.mjs';
import { armUndoMeasure, gradeAndWait, readMeasures, seedBigDatabase } from '../e2e/perf-db.mjs';
import { spread, writeBench } from './bench.mjs';
import { resolve } from 'node:path';

const DRILL_RUNS = 15;
const DRILL_FIXTURE = resolve(import.meta.dirname, '../unit/deck/fixtures/drills.md');

const FRAME_MS = 16;
const server = await startServer();
const browser = await openBrowser();
try {
  const { page } = browser;
  const started = Date.now();
  const { deckId } = await seedBigDatabase(page, server.url);
  const seededIn = (Date.now() - started) / 1000;
  let grades = 0;
  const grade = (value) => gradeAndWait(page, value, ++grades);
  const promptText = () => page.evaluate(() => document.getElementById('prompt').textContent);
  const saved = () => page.waitForSelector('.status-line[data-saving="0"]', { state: 'attached' });

  await page.reload();
  await page.getByRole('link', { name: 'Start review (16 cards)' }).click();
  await page.getByText('Card 1 of 16').waitFor();
  for (let i = 0; i < 16; i++) {
    const value = i % 4 === 1 ? 3 : i % 3 === 0 ? 5 : 4;
    const previous = await promptText();
    await page.keyboard.press(' ');
    await page.getByRole('checkbox').first().check();
    await grade(value);
    if (i % 2 === 1) continue;
    await saved();
    await armUndoMeasure(page, previous);
    await page.keyboard.press('u');
    await page.waitForFunction((expected) => document.getElementById('prompt')?.textContent === expected, previous);
    await saved();
    await grade(value);
  }
  while ((await page.locator('#done').count()) === 0) {
    await page.keyboard.press(' ');
    await grade(5);
  }
  await saved();
  const review = await readMeasures(page);

  // Drills: every group twice (a drill shows every card of the group; the measures restart with each page).
  const drill = { 'grade-to-next-card': [], 'grade-to-next-frame': [] };
  await page.goto(server.url);
  const links = await page.getByRole('link', { name: /^Drill this group/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (let round = 0; round < 2; round++) {
    for (const href of links) {
      await page.goto(new URL(href, server.url).href);
      await page.getByText(/^Card 1 of/).waitFor();
      grades = 0;
      while ((await page.locator('#done').count()) === 0) {
        await page.keyboard.press(' ');
        await grade(4);
      }
      await saved();
      const m = await readMeasures(page);
      drill['grade-to-next-card'].push(...m['grade-to-next-card']);
      drill['grade-to-next-frame'].push(...m['grade-to-next-frame']);
    }
  }

  // Drill cards: a deck of predict, short and choice cards imported among the big database's decks, its topic run
  // DRILL_RUNS times ("Drill 5 minutes"). A choice grades its card (measured to the answer shown), Next brings the next
  // card, and a short card is revealed and graded: each of those is one grade → next card measure.
  const choiceCards = { 'grade-to-next-card': [], 'grade-to-next-frame': [] };
  await page.goto(`${server.url}/decks`);
  await page.getByLabel('Choose a deck file (.md)').setInputFiles(DRILL_FIXTURE);
  await page.getByRole('button', { name: 'Import this deck' }).click();
  await page
    .getByRole('status')
    .getByText(/^Imported/)
    .waitFor();
  const RIGHT_KEY = {
    'What does this print on CPython?': '1',
    'Which primitive fits best for handing work from producers to consumers?': '2',
  };
  // As a learner would: the first run from its address, the next ones from Today's button within the app.
  await page.goto(`${server.url}/review?deck=drills-mini&burst=locks`);
  for (let round = 0; round < DRILL_RUNS; round++) {
    if (round > 0) {
      await page.evaluate(() => performance.clearMeasures());
      await page.getByRole('button', { name: 'Back to Today' }).click();
      await page.getByRole('link', { name: 'Drill 5 minutes: Races and locks' }).click();
    }
    await page.getByText(/^Card 1 of/).waitFor();
    grades = 0;
    while ((await page.locator('#done').count()) === 0) {
      const key = RIGHT_KEY[await promptText()];
      if (key) {
        await grade(key);
        await gradeAndWait(page, ' ', ++grades);
      } else {
        await page.keyboard.press(' ');
        await grade(4);
      }
    }
    await saved();
    const m = await readMeasures(page);
    choiceCards['grade-to-next-card'].push(...m['grade-to-next-card']);
    choiceCards['grade-to-next-frame'].push(...m['grade-to-next-frame']);
  }

  const work = [...review['grade-to-next-card'], ...drill['grade-to-next-card']];
  const frame = [...review['grade-to-next-frame'], ...drill['grade-to-next-frame']];
  const undo = review['undo-to-previous-card'];
  const figures = [];
  const add = (label, values, target) => {
    const s = spread(values);
    figures.push({ name: `${label} p50`, value: s.p50, unit: 'ms' });
    figures.push({ name: `${label} p95`, value: s.p95, unit: 'ms', ...(target ? { target: `≤ ${target} ms`, ok: s.p95 <= target } : {}) });
    figures.push({ name: `${label} p99`, value: s.p99, unit: 'ms' });
    figures.push({ name: `${label} max`, value: s.max, unit: 'ms' });
    return s.n;
  };
  const n = add('grade → next card laid out', work, FRAME_MS);
  add('grade → next frame starts', frame);
  const u = add('undo → previous card laid out', undo);
  const d = add(
    "drill card: grade (a choice, Next or a short card's grade) → next card laid out",
    choiceCards['grade-to-next-card'],
    FRAME_MS,
  );
  add('drill card: grade → next frame starts', choiceCards['grade-to-next-frame']);
  writeBench('review', {
    title: 'Grade → next card with 10,000 cards and 200,000 reviews',
    figures,
    notes: [
      `${n} grades (one daily review of ${deckId} with undo, then every group drilled twice), ${u} undos`,
      `${d} drill-card steps: ${DRILL_RUNS} runs of Drill 5 minutes over a deck of 2 choice cards and 1 short card`,
      `database seeded in ${seededIn.toFixed(1)} s; phone viewport 390×844, Debian Chromium headless`,
    ],
  });
} finally {
  await browser.close();
  await server.stop();
}
