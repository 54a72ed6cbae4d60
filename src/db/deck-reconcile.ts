// Built-in decks across app updates: remember the version last seen, and mark outlines a new version changed.
import type { Deck } from '../deck/types';
import type { DeckHead } from '../deck/head';
import { compareVersions } from '../deck/version';
import { diffDecks } from '../deck/diff';
import { LEGACY_OUTLINES } from '../deck/legacy-outlines';
import { outlineFingerprint } from '../deck/outline-fingerprint';
import type { DeckRow, RehearseDb } from './schema';

/** The outline-updated marks that survive into `next`: the old marks on cards still present, plus the new changes. */
export function carryMarks(row: DeckRow | undefined, next: Deck): string[] {
  const ids = new Set(next.cards.map((c) => c.id));
  const marks = new Set((row?.outlineUpdated ?? []).filter((id) => ids.has(id)));
  if (row) for (const id of diffDecks(row.deck, next).outlineChanged) marks.add(id);
  return [...marks];
}

/**
 * A first sighting on a device with progress: it was last used before snapshots existed, so it practised the
 * legacy version. Cards it reviewed whose outline differs from that version's are marked (issue 10).
 */
async function legacyMarks(db: RehearseDb, deck: Deck): Promise<string[]> {
  const legacy = LEGACY_OUTLINES[deck.id];
  if (!legacy || compareVersions(deck.version, legacy.version) <= 0) return [];
  const reviewed = new Set(
    (await db.cards.where('deckId').equals(deck.id).toArray()).filter((c) => c.lastReviewed !== null).map((c) => c.cardId),
  );
  return deck.cards
    .filter((c) => reviewed.has(c.id) && c.id in legacy.fingerprints && legacy.fingerprints[c.id] !== outlineFingerprint(c.outline))
    .map((c) => c.id);
}

/** Whether the built-in `deck` is new to this device: never stored, or newer than the stored version. */
function isNew(deck: DeckHead, row: DeckRow | undefined): boolean {
  return !row || compareVersions(deck.version, row.deck.version) > 0;
}

/** Whether any of the built-in decks (heads are enough) is new against the `stored` deck rows, so reconcileBuiltins has work. */
export function hasNewBuiltin(builtins: readonly DeckHead[], stored: readonly DeckRow[]): boolean {
  return builtins.some((deck) =>
    isNew(
      deck,
      stored.find((r) => r.id === deck.id),
    ),
  );
}

/**
 * Records the built-in decks this build ships: a first sighting stores a snapshot; a newer built-in version
 * replaces the stored one (an imported or older version), marking cards whose outline changed.
 * `stored`, the deck rows the app read at start-up, saves a read on a usual start: when none of the built-in
 * decks is new against them, nothing is read or written. Otherwise the rows are read again in the writing
 * transaction (an import may have happened since). Returns whether a stored deck was replaced: only then
 * do the decks the app shows change (a first snapshot is the built-in deck the app already shows), or when a
 * first sighting over progress from before snapshots marked outlines the legacy version did not have.
 */
export async function reconcileBuiltins(
  db: RehearseDb,
  builtins: readonly Deck[],
  now: number,
  stored?: readonly DeckRow[],
): Promise<boolean> {
  if (stored && !hasNewBuiltin(builtins, stored)) return false;
  return db.transaction('rw', db.decks, db.cards, async () => {
    const rows = await db.decks.bulkGet(builtins.map((d) => d.id));
    const updates: DeckRow[] = [];
    for (const [i, deck] of builtins.entries()) {
      const row = rows[i];
      if (!isNew(deck, row)) continue;
      const outlineUpdated = row ? carryMarks(row, deck) : await legacyMarks(db, deck);
      updates.push({ id: deck.id, origin: 'builtin', deck, addedAt: now, removed: row?.removed ?? false, outlineUpdated });
    }
    if (updates.length) await db.decks.bulkPut(updates);
    return updates.some((u) => u.outlineUpdated.length > 0 || rows.some((r) => r?.id === u.id));
  });
}
