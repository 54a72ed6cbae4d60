// Editing the stored decks (loaded with the Decks screen): import or update, remove, restore.
import type { Deck } from '../deck/types';
import { compareVersions } from '../deck/version';
import type { RehearseDb } from './schema';
import { carryMarks } from './deck-reconcile';
import { deleteReviews, deletionTables } from './delete-reviews';

/**
 * Stores `deck` when it is new here or newer than the stored (or built-in) version, keeping progress: nothing
 * in the log or card states changes; cards whose outline changed are marked "outline updated". Returns the
 * stored version when `deck` is not newer (then nothing changes), or null once stored. A removed deck comes
 * back unless `keepRemoved` (a synced version keeps this device's choice).
 */
async function storeIfNewer(
  db: RehearseDb,
  deck: Deck,
  builtin: Deck | undefined,
  now: number,
  keepRemoved: boolean,
): Promise<string | null> {
  return db.transaction('rw', db.decks, async () => {
    const row =
      (await db.decks.get(deck.id)) ??
      (builtin && { id: deck.id, origin: 'builtin' as const, deck: builtin, addedAt: now, removed: false, outlineUpdated: [] });
    if (row && compareVersions(deck.version, row.deck.version) <= 0) return row.deck.version;
    const removed = keepRemoved && (row?.removed ?? false);
    await db.decks.put({
      id: deck.id,
      origin: 'imported',
      deck,
      addedAt: row?.addedAt ?? now,
      removed,
      outlineUpdated: carryMarks(row, deck),
    });
    return null;
  });
}

/**
 * Stores an imported deck (new, or a newer version of a stored or built-in one), keeping progress.
 * Refuses (throws) an older or identical version, so a repeat import changes nothing.
 */
export async function saveImportedDeck(db: RehearseDb, deck: Deck, builtin: Deck | undefined, now: number): Promise<void> {
  const stored = await storeIfNewer(db, deck, builtin, now, false);
  if (stored !== null) throw new Error(`version ${deck.version} is not newer than the stored version ${stored}`);
}

/**
 * Stores a deck version another device imported, through the same path as an import (progress kept, changed
 * outlines marked), when it is newer than this device's; an equal or older version changes nothing. Returns
 * whether it was stored. A deck removed here stays removed: removal is each device's own choice.
 */
export async function saveSyncedDeck(db: RehearseDb, deck: Deck, builtin: Deck | undefined, now: number): Promise<boolean> {
  return (await storeIfNewer(db, deck, builtin, now, true)) === null;
}

/**
 * Removes a deck from Today and sessions, keeping its log; with `deleteProgress` its log and card states go
 * too (on every device when sync is on: the deleted grades are retracted).
 */
export async function removeDeck(db: RehearseDb, deckId: string, deleteProgress: boolean): Promise<void> {
  await db.transaction('rw', [db.decks, ...deletionTables(db)], async () => {
    if (!deleteProgress) {
      await db.decks.update(deckId, { removed: true });
      return;
    }
    await db.decks.delete(deckId);
    await deleteReviews(db, { deckId }, 'here');
  });
}

/** Brings a removed deck back to Today and sessions, with the progress it kept. */
export async function restoreDeck(db: RehearseDb, deckId: string): Promise<void> {
  await db.decks.update(deckId, { removed: false });
}

/** Clears a card's "outline updated" mark once it has been shown. */
export async function clearOutlineUpdated(db: RehearseDb, deckId: string, cardId: string): Promise<void> {
  await db.transaction('rw', db.decks, async () => {
    const row = await db.decks.get(deckId);
    if (row?.outlineUpdated.includes(cardId))
      await db.decks.update(deckId, { outlineUpdated: row.outlineUpdated.filter((id) => id !== cardId) });
  });
}
