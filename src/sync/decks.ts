// Imported decks across a person's devices, as immutable versions: pull the versions other devices pushed
// (each checked as an import is, and stored only when newer than this device's), then push the imported
// decks the server does not hold yet. Built-in decks travel with the app, never through sync. Removing a
// deck stays each device's own choice: it is not synced (a newer version pushed later shows again there).
import { saveSyncedDeck } from '../db/deck-edits';
import { decksToPush, forgetHeldDecks, markDeckRefused, markDecksHeld, storesSameDeck, type DeckRef } from '../db/deck-sync-store';
import type { RehearseDb } from '../db/schema';
import { checkDeckValue } from '../deck/value-check';
import { deckVersion } from '../protocol/deck-version';
import type { DeckPage } from '../protocol/feeds';
import { syncedDeckWrites } from '../lib/synced-decks';
import { api, SyncError, type Credential } from './api';
import { pullFeed } from './feed';

/** Deck versions per pull page (each may be 1 MB; the server also stops a page early once it is big). */
const PAGE = 5;

/** What one deck sync did. */
export interface DeckSyncReport {
  decksPushed: number;
  decksPulled: number;
}

/** Pulls the space's deck versions after this device's cursor; returns how many were stored here. */
async function pullDecks(db: RehearseDb, c: Credential, now: number): Promise<number> {
  let stored = 0;
  await pullFeed<DeckPage>(db, c, {
    path: '/sync/decks',
    cursorKey: 'deckCursor',
    limit: PAGE,
    apply: async (page) => {
      if (page.reset) await forgetHeldDecks(db);
      const held: DeckRef[] = [];
      for (const { deck } of page.decks) {
        // The wire shape first (the server's own schema), then the importer's own check: a version it would
        // refuse is never stored (the server checks the same).
        if (!deckVersion.is(deck)) continue;
        const check = checkDeckValue(deck);
        if (!check.ok) continue;
        // No built-in deck is passed: a built-in deck's snapshot is stored at start, so the stored row compares.
        if (await saveSyncedDeck(db, check.deck, undefined, now)) stored++;
        // Held only when this device has that very content: its own other content under the same version is
        // still offered, so the server can say it is refused (kept in sync:deckRefused) instead of it passing silently.
        if (await storesSameDeck(db, check.deck)) held.push({ id: check.deck.id, version: check.deck.version });
      }
      await markDecksHeld(db, held);
    },
  });
  return stored;
}

/** Pushes the imported decks the server does not hold yet, one version per call; returns how many it now holds. */
async function pushDecks(db: RehearseDb, c: Credential): Promise<number> {
  let pushed = 0;
  for (const deck of await decksToPush(db)) {
    const ref = { id: deck.id, version: deck.version };
    try {
      const answer = await api<{ held: DeckRef[]; refused: (DeckRef & { problem: string })[] }>(c.server, 'POST', '/sync/decks', {
        token: c.token,
        body: { decks: [deck] },
      });
      await markDecksHeld(db, answer.held);
      for (const r of answer.refused) await markDeckRefused(db, r, r.problem);
      pushed += answer.held.length;
    } catch (e) {
      // A version the server refuses stays on this device and is not offered again; it never blocks the rest.
      if (!(e instanceof SyncError) || (e.status !== 400 && e.status !== 413)) throw e;
      await markDeckRefused(db, ref, e.message);
    }
  }
  return pushed;
}

/** Syncs the imported decks: pull first (a newer version from elsewhere is not pushed back), then push. */
export async function syncDecks(db: RehearseDb, c: Credential, now: number): Promise<DeckSyncReport> {
  let decksPulled: number;
  try {
    decksPulled = await pullDecks(db, c, now);
  } catch (e) {
    // A sync server from before deck sync answers 404: the rest of sync goes on without decks.
    if (e instanceof SyncError && e.status === 404) return { decksPushed: 0, decksPulled: 0 };
    throw e;
  }
  if (decksPulled > 0) syncedDeckWrites.set(syncedDeckWrites.get() + 1);
  return { decksPushed: await pushDecks(db, c), decksPulled };
}
