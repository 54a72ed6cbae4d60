// Decks in IndexedDB, read at start: imported decks and built-in snapshots (edits are in deck-edits.ts, loaded lazily).
import type { DeckRow, RehearseDb } from './schema';
import { watchQuery } from './live';

/**
 * Every stored deck row, in the order they were added. Read one row per request, in one transaction: twenty
 * decks of 500 cards are about 3 MB, and one getAll would turn them into objects in one task of over 100 ms
 * at start (issue 9's long-task budget); a request per row spreads that over a task each.
 */
export async function deckRows(db: RehearseDb): Promise<DeckRow[]> {
  // bulkGet asks for each key on its own.
  const rows = await db.transaction('r', db.decks, async () => db.decks.bulkGet(await db.decks.toCollection().primaryKeys()));
  return (rows.filter(Boolean) as DeckRow[]).sort((a, b) => a.addedAt - b.addedAt);
}

/**
 * Calls `onRows` with every stored deck row now and after every change to them, made in this tab or another
 * (a deck imported, updated, removed or restored anywhere); returns a function that stops watching.
 */
export function watchDeckRows(db: RehearseDb, onRows: (rows: DeckRow[]) => void, onError: (error: unknown) => void): () => void {
  return watchQuery(() => deckRows(db), onRows, onError);
}
