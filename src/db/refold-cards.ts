// A one-time refold of every card after an upgrade: card rows written before the fold decided which
// grades count as SM-2 repetitions (issue 14) may differ from their log. Each slice of cards is read and
// rewritten in its own transaction, so the page stays responsive and a grade given meanwhile is never lost.
import type { RehearseDb } from './schema';
import { foldedCardRow, logsByCard } from './card-fold';
import { FOLD_VERSION, REFOLDED_KEY } from './refold-key';
import { dropKeptDues } from './activity-cache';

const SLICE = 200;

const same = (a: object, b: object): boolean => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/** Makes every card row equal the fold of its log (a card with no log has no row); returns how many rows it changed. */
export async function refoldAllCards(db: RehearseDb): Promise<number> {
  const keys = [
    ...new Set([...(await db.cards.toCollection().primaryKeys()), ...((await db.reviews.orderBy('cardKey').uniqueKeys()) as string[])]),
  ];
  let changed = 0;
  for (let i = 0; i < keys.length; i += SLICE) {
    const slice = keys.slice(i, i + SLICE);
    changed += await db.transaction('rw', db.reviews, db.cards, async () => {
      const logs = await logsByCard(db, slice);
      const stored = await db.cards.bulkGet(slice);
      const stale = slice.filter((key, j) => logs.get(key)!.length === 0 && stored[j]);
      const wrong = slice.flatMap((key, j) => {
        const log = logs.get(key)!;
        if (log.length === 0) return [];
        const row = foldedCardRow(log);
        return stored[j] && same(stored[j], row) ? [] : [row];
      });
      await db.cards.bulkDelete(stale);
      await db.cards.bulkPut(wrong);
      return stale.length + wrong.length;
    });
  }
  return changed;
}

/** Refolds every card once per database and fold version (see FOLD_VERSION), then remembers it did. */
export async function refoldCardsOnce(db: RehearseDb): Promise<number> {
  if ((await db.meta.get(REFOLDED_KEY))?.value === FOLD_VERSION) return 0;
  const changed = await refoldAllCards(db);
  // Cards rewritten with no grade logged: the forecast's kept dues no longer match them.
  if (changed > 0) await dropKeptDues(db);
  await db.meta.put({ key: REFOLDED_KEY, value: FOLD_VERSION });
  return changed;
}
