// The big database of the grade benchmark, in the page: the built-in deck's 16 cards with 60-review histories
// among 10,000 cards and 200,000 reviews (the other 9,984 cards belong to other decks), written straight
// through IndexedDB, and a reader for card rows and logs through the app's indexes. Used by the review gate
// test (tests/e2e/review-perf.test.mjs) and the benchmark (tests/bench/review.bench.mjs).
import { localDay } from '../../src/srs/days.ts';
import { builtinDeck, otherTemplates, realCard } from './perf-data.mjs';

/** Cards stored in all. */
export const CARDS = 10_000;
/** Reviews stored in all. */
export const REVIEWS = 200_000;
/** The decks the 9,984 other cards belong to. */
export const OTHER_DECKS = ['go-backend', 'sql-internals', 'system-design', 'kubernetes-ops'];
const DAY = 86_400_000;

/** Writes the built-in cards' rows and logs plus the other decks' cards and reviews, straight through IndexedDB. */
function seed(page, real, templates) {
  return page.evaluate(
    ({ real, templates, decks, cards, reviews, DAY }) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cards', 'reviews'], 'readwrite');
          const cardStore = tx.objectStore('cards');
          const reviewStore = tx.objectStore('reviews');
          for (const { row, log } of real) {
            cardStore.put(row);
            for (const r of log) reviewStore.put(r);
          }
          const d = new Date();
          const today = Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
          const at = (day, minutes) => {
            const u = new Date(day * DAY);
            return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate()).getTime() + minutes * 60_000;
          };
          const others = cards - real.length;
          const left = reviews - real.reduce((n, c) => n + c.log.length, 0);
          const base = Math.floor(left / others);
          let next = reviews - left;
          for (let c = 0; c < others; c++) {
            const deckId = decks[c % decks.length];
            const cardId = `q${c}`;
            const key = `${deckId}/${cardId}`;
            const template = templates[c % templates.length];
            const count = base + (c < left - base * others ? 1 : 0);
            const end = today - 1 - (c % 30);
            const minute = 420 + (c % 600);
            let time = 0;
            for (let n = 0; n < count; n++) {
              const e = template.events[n];
              time = at(end + e.rel, minute + 2 * e.slot);
              reviewStore.put({
                id: `seed-${String(next++).padStart(6, '0')}`, cardKey: key, deckId, cardId, time, grade: e.grade, ticked: e.ticked, pointCount: 6,
                coverage: e.coverage, durationMs: e.durationMs, mode: e.mode, counted: e.counted, day: end + e.rel,
              });
            }
            const s = template.schedules[count];
            cardStore.put({
              ...s, key, deckId, cardId, lastReviewed: time, due: end + s.due, lastCountedDay: end + s.lastCountedDay, introducedDay: end + s.introducedDay,
              againDay: s.againDay === null ? null : end + s.againDay,
            });
          }
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    { real, templates, decks: OTHER_DECKS, cards: CARDS, reviews: REVIEWS, DAY },
  );
}

/**
 * Opens the app at `url`, waits for Today (the database exists), then seeds it. Returns the deck id, the real
 * cards ({ row, log } each), their seeded rows by key, and today's local day number.
 */
export async function seedBigDatabase(page, url) {
  const { deckId, cards } = await builtinDeck();
  const today = localDay(Date.now());
  const real = cards.map((card, i) => realCard(deckId, card, i, today));
  await page.goto(url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await seed(page, real, otherTemplates(today));
  return { deckId, cards, real, seeded: new Map(real.map((c) => [c.row.key, c.row])), today };
}

/** Row counts, the card rows of `deckId` and of `keys`, and their logs (through the deckId and cardKey indexes). */
export function readDeck(page, deckId, keys = []) {
  return page.evaluate(
    ({ deckId, keys }) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction(['cards', 'reviews']);
          const counts = [tx.objectStore('cards').count(), tx.objectStore('reviews').count()];
          const rows = tx.objectStore('cards').index('deckId').getAll(deckId);
          const others = keys.map((key) => tx.objectStore('cards').get(key));
          const logs = {};
          rows.onsuccess = () => {
            for (const key of [...rows.result.map((r) => r.key), ...keys]) {
              const request = tx.objectStore('reviews').index('cardKey').getAll(key);
              request.onsuccess = () => (logs[key] = request.result);
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            done({ cards: counts[0].result, reviews: counts[1].result, rows: rows.result, others: others.map((r) => r.result), logs });
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    { deckId, keys },
  );
}

/** Presses grade `grade` and waits until the app has measured the frame that paints the next card (the `n`th). */
export async function gradeAndWait(page, grade, n) {
  await page.keyboard.press(String(grade));
  await page.waitForFunction((count) => performance.getEntriesByName('grade-to-next-frame').length >= count, n);
}

/**
 * Arms a measure of undo in the page: from the next keydown until the card whose prompt is `expected` is back
 * and laid out again ('undo-to-previous-card').
 */
export function armUndoMeasure(page, expected) {
  return page.evaluate((text) => {
    window.addEventListener('keydown', () => performance.mark('undo'), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const prompt = document.getElementById('prompt');
      if (prompt?.textContent !== text) return;
      observer.disconnect();
      prompt.getBoundingClientRect();
      performance.measure('undo-to-previous-card', 'undo');
    });
    observer.observe(document.getElementById('main'), { subtree: true, childList: true, characterData: true });
  }, expected);
}

/** Durations of the three measures, in ms, in the order they were taken. */
export function readMeasures(page) {
  return page.evaluate(() =>
    Object.fromEntries(['grade-to-next-card', 'grade-to-next-frame', 'undo-to-previous-card'].map((name) => [name, performance.getEntriesByName(name).map((e) => e.duration)])),
  );
}
