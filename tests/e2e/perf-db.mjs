// The seeded databases of the browser tests and benchmarks, written straight through IndexedDB in the page:
// - the big one: the built-in deck's 16 cards with 60-review histories among 10,000 cards and 200,000 reviews
//   (the other 9,984 cards belong to 20 other decks of at most 500 cards, the import limit in
//   src/deck/import-check.ts; with `{ imported: true }` those decks are stored as imported decks too, so
//   Today and Stats show them). Used by the review gate test (tests/e2e/review-perf.test.mjs) and the
//   review and stats benchmarks (tests/bench/);
// - the small one: only the built-in deck's 16 cards and their logs (seedDeckHistory, for Stats and the plan).
// Also a reader for card rows and logs through the app's indexes.
import { localDay } from '../../src/srs/days.ts';
import { builtinDeck, otherTemplates, realCard } from './perf-data.mjs';

/** Cards stored in all. */
export const CARDS = 10_000;
/** Reviews stored in all. */
export const REVIEWS = 200_000;
/** The 20 decks the 9,984 other cards belong to (card `q<c>` is in deck `c % 20`: 499 or 500 cards each). */
export const OTHER_DECKS = Array.from({ length: 20 }, (_, i) => `perf-deck-${String(i + 1).padStart(2, '0')}`);
/** Groups in each other deck (card `q<c>` is in group `g<⌊c / 20⌋ % 5>`). */
const OTHER_GROUPS = 5;
const DAY = 86_400_000;

/** The other decks as imported deck rows (the app's DeckRow), with plausible card text. */
function otherDeckRows(cards, now) {
  return OTHER_DECKS.map((id, d) => {
    const deckCards = [];
    for (let c = d; c < cards; c += OTHER_DECKS.length) {
      const group = `g${Math.floor(c / OTHER_DECKS.length) % OTHER_GROUPS}`;
      deckCards.push({
        id: `q${c}`,
        group,
        prompt: `How would you explain topic ${c} of ${id} in an interview?`,
        tags: [group],
        outline: Array.from({ length: 6 }, (_, k) => `Point ${k + 1} of question ${c}, in a sentence of ordinary length.`),
        followUps: ['What would change at ten times the load?', 'How would you test it?'],
        redFlags: ['Hand-waving', 'No trade-offs'],
        seniorSignal: 'Names the trade-off and when the answer changes.',
        examples: [],
        sources: [],
      });
    }
    const deck = {
      id,
      title: `Perf deck ${d + 1}`,
      version: '1.0.0',
      description: 'Seeded for the benchmarks.',
      groups: Array.from({ length: OTHER_GROUPS }, (_, g) => ({ id: `g${g}`, title: `Group ${g + 1}` })),
      cards: deckCards,
      interview: null,
    };
    return { id, origin: 'imported', deck, addedAt: now + d, removed: false, outlineUpdated: [] };
  });
}

/**
 * Writes the built-in cards' rows and logs, then `cards - real.length` other cards and their share of `reviews`
 * (none for the small database), and `deckRows` into the decks table, straight through IndexedDB.
 */
function seed(page, real, templates, { cards = real.length, reviews = 0, deckRows = [] } = {}) {
  return page.evaluate(
    ({ real, templates, decks, cards, reviews, deckRows, DAY }) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cards', 'reviews', 'decks'], 'readwrite');
          const cardStore = tx.objectStore('cards');
          const reviewStore = tx.objectStore('reviews');
          for (const row of deckRows) tx.objectStore('decks').put(row);
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
                id: `seed-${String(next++).padStart(6, '0')}`,
                cardKey: key,
                deckId,
                cardId,
                time,
                grade: e.grade,
                ticked: e.ticked,
                pointCount: 6,
                coverage: e.coverage,
                durationMs: e.durationMs,
                mode: e.mode,
                counted: e.counted,
                day: end + e.rel,
              });
            }
            const s = template.schedules[count];
            cardStore.put({
              ...s,
              key,
              deckId,
              cardId,
              lastReviewed: time,
              due: end + s.due,
              lastCountedDay: end + s.lastCountedDay,
              introducedDay: end + s.introducedDay,
              againDay: s.againDay === null ? null : end + s.againDay,
            });
          }
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    { real, templates, decks: OTHER_DECKS, cards, reviews, deckRows, DAY },
  );
}

/**
 * Opens the app at `url`, waits for Today (the database exists), then seeds the big database; with
 * `{ imported: true }` the other decks are stored as imported decks too. Returns the deck id, the real
 * cards ({ row, log } each), their seeded rows by key, and today's local day number.
 */
export async function seedBigDatabase(page, url, { imported = false } = {}) {
  const { deckId, cards } = await builtinDeck();
  const today = localDay(Date.now());
  const real = cards.map((card, i) => realCard(deckId, card, i, today));
  await page.goto(url);
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await seed(page, real, otherTemplates(today), {
    cards: CARDS,
    reviews: REVIEWS,
    deckRows: imported ? otherDeckRows(CARDS - real.length, Date.now()) : [],
  });
  return { deckId, cards, real, seeded: new Map(real.map((c) => [c.row.key, c.row])), today };
}

/**
 * Seeds only the built-in deck's 16 cards with coherent 60-review histories (the small database of the Stats
 * and plan tests), in an open page of the app. Returns the deck id, today's day number, the cards and the log.
 */
export async function seedDeckHistory(page) {
  const { deckId, cards } = await builtinDeck();
  const today = localDay(Date.now());
  const real = cards.map((card, i) => realCard(deckId, card, i, today));
  await seed(page, real, []);
  return { deckId, today, real, log: real.flatMap((c) => c.log) };
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
    Object.fromEntries(
      ['grade-to-next-card', 'grade-to-next-frame', 'undo-to-previous-card'].map((name) => [
        name,
        performance.getEntriesByName(name).map((e) => e.duration),
      ]),
    ),
  );
}
