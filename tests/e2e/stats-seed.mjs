// Seeds the built-in deck's 16 cards with coherent 60-review histories (the app's own fold) for the Stats
// and plan browser tests, straight through IndexedDB.
import { builtinDeck, realCard } from './perf-data.mjs';
import { localDay } from '../../src/srs/days.ts';

/** Writes card rows and logs; returns the logs, the deck id and today's day number. */
export async function seedDeckHistory(page) {
  const { deckId, cards } = await builtinDeck();
  const today = localDay(Date.now());
  const real = cards.map((card, i) => realCard(deckId, card, i, today));
  await page.evaluate(
    (real) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onsuccess = () => {
          const tx = open.result.transaction(['cards', 'reviews'], 'readwrite');
          for (const { row, log } of real) {
            tx.objectStore('cards').put(row);
            for (const r of log) tx.objectStore('reviews').put(r);
          }
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    real,
  );
  return { deckId, today, real, log: real.flatMap((c) => c.log) };
}
