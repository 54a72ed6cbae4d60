// The decks: the built-in ones (fetched, precached) and the imported ones (IndexedDB), and the deck the
// open screen works on (chosen by the address's `?deck=` query; the main built-in deck when it has none).
import { deckUrls } from 'virtual:builtin-decks';
import type { Card, Deck } from '../deck/types';
import { createStore } from '../lib/store';
import { syncedDeckWrites } from '../lib/synced-decks';
import { db } from '../db/instance';
import { deckRows, watchDeckRows } from '../db/decks';
import type { DeckRow } from '../db/schema';

/** A deck the app offers, and what it knows about it. */
export interface DeckEntry {
  deck: Deck;
  /** Shipped with the app (it may be running a newer imported version). */
  builtin: boolean;
  /** Removed from Today and sessions; its log is kept. */
  removed: boolean;
  /** Cards whose outline changed in the last update and were not shown since. */
  outlineUpdated: ReadonlySet<string>;
}

/** Every deck: built-in ones first, in shipping order, then imported ones in import order (removed ones too). */
export const deckList = createStore<DeckEntry[]>([]);

/** The deck the open screen works on; null only before the app has rendered. */
export const currentDeck = createStore<Deck | null>(null);

const builtins = createStore<Deck[]>([]);
const cardsById = new Map<string, Card>();
currentDeck.subscribe((next) => {
  cardsById.clear();
  for (const c of next?.cards ?? []) cardsById.set(c.id, c);
});

/** The deck the open screen works on (the app renders only once the decks are loaded). */
export function activeDeck(): Deck {
  const deck = currentDeck.get();
  if (!deck) throw new Error('the deck is not loaded yet');
  return deck;
}

/** The decks shown on Today and offered for sessions (not removed), the main built-in deck first. */
export function shownDecks(): DeckEntry[] {
  return deckList.get().filter((e) => !e.removed);
}

/** The deck with `id` (removed ones included), or undefined. */
export function deckEntry(id: string): DeckEntry | undefined {
  return deckList.get().find((e) => e.deck.id === id);
}

/** The built-in deck with `id` as this build ships it, or undefined. */
export function builtinDeck(id: string): Deck | undefined {
  return builtins.get().find((d) => d.id === id);
}

/** Makes the deck with `id` (or the main deck when `id` is missing or unknown) the one screens work on. */
export function selectDeck(id: string | undefined): Deck {
  const shown = shownDecks();
  const next = shown.find((e) => e.deck.id === id)?.deck ?? shown[0]?.deck ?? deckList.get()[0].deck;
  if (currentDeck.get() !== next) currentDeck.set(next);
  return next;
}

/**
 * The one way to build an address on a deck: `path` with `query` and `deck=ID` (left out for the main deck, so
 * old addresses keep working), e.g. deckHref('/review', id, { drill: group }).
 */
export function deckHref(path: string, deckId: string, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  if (deckId !== deckList.get()[0]?.deck.id) params.set('deck', deckId);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Reads the decks again from IndexedDB (after an import, update, removal or restore). */
export async function refreshDecks(): Promise<void> {
  showDecks(await deckRows(db).catch(() => []));
}

// Deck versions another device imported arrive with a sync (a lazily loaded chunk): show them.
syncedDeckWrites.subscribe(() => void refreshDecks());

/** Sets the deck list from the stored rows: built-in decks (or their imported newer versions) first, then imported ones. */
function showDecks(rows: readonly DeckRow[]): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const entries: DeckEntry[] = builtins.get().map((deck) => {
    const row = byId.get(deck.id);
    byId.delete(deck.id);
    return {
      deck: row && row.origin === 'imported' ? row.deck : deck,
      builtin: true,
      removed: row?.removed ?? false,
      outlineUpdated: new Set(row?.outlineUpdated),
    };
  });
  for (const row of byId.values()) entries.push({ deck: row.deck, builtin: false, removed: row.removed, outlineUpdated: new Set(row.outlineUpdated) });
  deckList.set(entries);
  const current = currentDeck.get();
  selectDeck(current?.id);
}

/**
 * Fetches the built-in decks (precached, so this works offline) and reads the stored ones, once. Resolves to
 * the step that records new built-in versions: start it after the first screen has rendered (it loads its own
 * chunk, reads nothing more on a usual start, and refreshes the decks only when a stored deck was replaced).
 */
export async function loadDecks(storageOpen: Promise<boolean>): Promise<() => Promise<void>> {
  const loaded = await Promise.all(
    deckUrls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`a deck could not be loaded (HTTP ${response.status})`);
      return (await response.json()) as Deck;
    }),
  );
  builtins.set(loaded);
  // Without storage the built-in decks still show (the storage banner says why progress is unavailable).
  const storage = await storageOpen;
  const rows = storage ? await deckRows(db).catch(() => undefined) : undefined;
  showDecks(rows ?? []);
  return async () => {
    if (!storage) return;
    // From now on the list follows the stored decks, so a deck imported in another tab shows here too. Started
    // after the first screen: the watch reads every deck row once more when it starts.
    watchDeckRows(db, showDecks, () => undefined);
    const { reconcileBuiltins } = await import('../db/deck-reconcile');
    if (await reconcileBuiltins(db, loaded, Date.now(), rows)) await refreshDecks();
  };
}

/** The current deck's card with `id`, or undefined if it has none. */
export function findCard(id: string): Card | undefined {
  return cardsById.get(id);
}

/** The title of the current deck's group with `id`. */
export function groupTitle(id: string): string {
  return activeDeck().groups.find((g) => g.id === id)?.title ?? id;
}
