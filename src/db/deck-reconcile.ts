// Built-in decks across app updates: remember the version last seen, and mark outlines a new version changed.
import type { Deck } from '../deck/types';
import { compareVersions } from '../deck/version';
import { diffDecks } from '../deck/diff';
import type { DeckRow, RehearseDb } from './schema';

/** The outline-updated marks that survive into `next`: the old marks on cards still present, plus the new changes. */
export function carryMarks(row: DeckRow | undefined, next: Deck): string[] {
  const ids = new Set(next.cards.map((c) => c.id));
  const marks = new Set((row?.outlineUpdated ?? []).filter((id) => ids.has(id)));
  if (row) for (const id of diffDecks(row.deck, next).outlineChanged) marks.add(id);
  return [...marks];
}

/** Whether the built-in `deck` is new to this device: never stored, or newer than the stored version. */
function isNew(deck: Deck, row: DeckRow | undefined): boolean {
  return !row || compareVersions(deck.version, row.deck.version) > 0;
}

/**
 * Records the built-in decks this build ships: a first sighting stores a snapshot; a newer built-in version
 * replaces the stored one (an imported or older version), marking cards whose outline changed.
 * `stored`, the deck rows the app read at start-up, saves a read on a usual start: when none of the built-in
 * decks is new against them, nothing is read or written. Otherwise the rows are read again in the writing
 * transaction (an import may have happened since). Returns whether a stored deck was replaced: only then
 * do the decks the app shows change (a first snapshot is the built-in deck the app already shows).
 */
export async function reconcileBuiltins(db: RehearseDb, builtins: readonly Deck[], now: number, stored?: readonly DeckRow[]): Promise<boolean> {
  if (stored && !builtins.some((deck) => isNew(deck, stored.find((r) => r.id === deck.id)))) return false;
  return db.transaction('rw', db.decks, async () => {
    const rows = await db.decks.bulkGet(builtins.map((d) => d.id));
    const updates: DeckRow[] = [];
    builtins.forEach((deck, i) => {
      const row = rows[i];
      if (!isNew(deck, row)) return;
      updates.push({ id: deck.id, origin: 'builtin', deck, addedAt: now, removed: row?.removed ?? false, outlineUpdated: carryMarks(row, deck) });
    });
    if (updates.length) await db.decks.bulkPut(updates);
    return updates.some((u) => rows.some((r) => r?.id === u.id));
  });
}
