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

/**
 * Records the built-in decks this build ships: a first sighting stores a snapshot; a newer built-in version
 * replaces the stored one (an imported or older version), marking cards whose outline changed. Reads only,
 * when nothing is new. Returns whether anything was written.
 */
export async function reconcileBuiltins(db: RehearseDb, builtins: readonly Deck[], now: number): Promise<boolean> {
  const rows = await db.decks.bulkGet(builtins.map((d) => d.id));
  const updates: DeckRow[] = [];
  builtins.forEach((deck, i) => {
    const row = rows[i];
    if (row && compareVersions(deck.version, row.deck.version) <= 0) return;
    updates.push({ id: deck.id, origin: 'builtin', deck, addedAt: now, removed: row?.removed ?? false, outlineUpdated: carryMarks(row, deck) });
  });
  if (updates.length) await db.decks.bulkPut(updates);
  return updates.length > 0;
}

