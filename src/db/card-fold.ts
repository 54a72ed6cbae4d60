// A card row is the fold of its log: the one way to read the logs of many cards and to rebuild their rows,
// for the grade writer, imports and sync pulls, and the one-time refold after an upgrade.
import { foldReviews } from '../srs/fold';
import type { CardRow, RehearseDb, ReviewRow } from './schema';
import { emptyCardRow } from './card-row';

const KEY_SLICE = 1_000;

/** The card row a non-empty log folds to. */
export function foldedCardRow(log: readonly ReviewRow[]): CardRow {
  return { ...emptyCardRow(log[0].deckId, log[0].cardId), ...foldReviews(log) };
}

/** Each card key's stored log (empty for a key with none), read through the cardKey index in slices. */
export async function logsByCard(db: RehearseDb, keys: Iterable<string>): Promise<Map<string, ReviewRow[]>> {
  const logs = new Map<string, ReviewRow[]>();
  for (const key of keys) logs.set(key, []);
  const all = [...logs.keys()];
  for (let i = 0; i < all.length; i += KEY_SLICE) {
    for (const row of await db.reviews
      .where('cardKey')
      .anyOf(all.slice(i, i + KEY_SLICE))
      .toArray())
      logs.get(row.cardKey)!.push(row);
  }
  return logs;
}
