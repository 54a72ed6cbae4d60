// What deck sync needs from IndexedDB: the imported decks to offer the server, and which versions it holds
// or refused (so a version is offered once). Removal is each device's own choice: a removed deck is not
// offered, and removing one here removes it nowhere else.
import { serializeDeck } from '../deck/serialize';
import type { Deck } from '../deck/types';
import { getSyncMeta, setSyncMeta } from './sync-store';
import type { RehearseDb } from './schema';

/** A deck version as the server names it. */
export interface DeckRef {
  id: string;
  version: string;
}

const refKey = (r: DeckRef): string => `${r.id}@${r.version}`;

/** The version of each deck the server is known to hold (deck id → version). */
async function heldVersions(db: RehearseDb): Promise<Record<string, string>> {
  return (await getSyncMeta<Record<string, string>>(db, 'deckHeld')) ?? {};
}

/** Versions the server refused ("id@version" → why); they stay on this device and are not offered again. */
export async function refusedDecks(db: RehearseDb): Promise<Record<string, string>> {
  return (await getSyncMeta<Record<string, string>>(db, 'deckRefused')) ?? {};
}

/** The imported decks (built-in ones never) whose stored version the server is not known to hold or to refuse. */
export async function decksToPush(db: RehearseDb): Promise<Deck[]> {
  const [held, refused] = await Promise.all([heldVersions(db), refusedDecks(db)]);
  const rows = await db.decks.filter((r) => r.origin === 'imported' && !r.removed).toArray();
  return rows.map((r) => r.deck).filter((d) => held[d.id] !== d.version && !(refKey(d) in refused));
}

/** Records that the server holds these versions. */
export async function markDecksHeld(db: RehearseDb, refs: readonly DeckRef[]): Promise<void> {
  if (refs.length === 0) return;
  const held = await heldVersions(db);
  for (const r of refs) held[r.id] = r.version;
  await setSyncMeta(db, 'deckHeld', held);
}

/** Records a version the server refused, and why (in plain words). */
export async function markDeckRefused(db: RehearseDb, ref: DeckRef, why: string): Promise<void> {
  await setSyncMeta(db, 'deckRefused', { ...(await refusedDecks(db)), [refKey(ref)]: why });
}

/** Forgets what the server held (its database was replaced): every imported deck is offered again. */
export async function forgetHeldDecks(db: RehearseDb): Promise<void> {
  await setSyncMeta(db, 'deckHeld', {});
}

/** Whether this device stores exactly `deck` (same version, same content) under its id. */
export async function storesSameDeck(db: RehearseDb, deck: Deck): Promise<boolean> {
  const row = await db.decks.get(deck.id);
  return row !== undefined && row.deck.version === deck.version && serializeDeck(row.deck) === serializeDeck(deck);
}

/** Refused versions this device still stores (a newer import leaves the old refusal behind): "id@version" → why. */
export async function decksKeptHere(db: RehearseDb): Promise<Map<string, string>> {
  const refused = await refusedDecks(db);
  const rows = await db.decks.filter((r) => r.origin === 'imported').toArray();
  return new Map(
    rows
      .map((r) => refKey(r.deck))
      .filter((k) => k in refused)
      .map((k) => [k, refused[k]!]),
  );
}
