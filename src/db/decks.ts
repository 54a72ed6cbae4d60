// Decks in IndexedDB, read at start: imported decks and built-in snapshots (edits are in deck-edits.ts, loaded lazily).
import type { DeckRow, RehearseDb } from './schema';

/** Every stored deck row, in the order they were added. */
export async function deckRows(db: RehearseDb): Promise<DeckRow[]> {
  return (await db.decks.toArray()).sort((a, b) => a.addedAt - b.addedAt);
}
