// The decks: the built-in ones (fetched, precached) and the imported ones (IndexedDB), and the deck the
// open screen works on (chosen by the address's `?deck=` query; the main built-in deck when it has none).
// At start the built-in decks are only their heads (titles, groups, card ids: all Today draws); the screens that
// show card text load the full decks first (loadFullDecks, through lazyScreen).
import { deckUrls, headsUrl } from 'virtual:builtin-decks';
import type { Card, Deck } from '../deck/types';
import { isFullDeck, type DeckHead } from '../deck/head';
import { createStore } from '../lib/store';
import { syncedDeckWrites } from '../lib/synced-decks';
import { db } from '../db/instance';
import { deckRows, watchDeckRows } from '../db/decks';
import type { DeckRow } from '../db/schema';

/** A deck the app offers, and what it knows about it: the full deck, or (`DeckEntry<DeckHead>`) maybe only its head. */
export interface DeckEntry<D extends DeckHead = Deck> {
  deck: D;
  /** Shipped with the app (it may be running a newer imported version). */
  builtin: boolean;
  /** Removed from Today and sessions; its log is kept. */
  removed: boolean;
  /** Cards whose outline changed in the last update and were not shown since. */
  outlineUpdated: ReadonlySet<string>;
}

/** Every deck: built-in ones first, in shipping order, then imported ones in import order (removed ones too). */
export const deckList = createStore<DeckEntry<DeckHead>[]>([]);

/** The deck the open screen works on (its head until the full decks are loaded); null only before the app has rendered. */
export const currentDeck = createStore<DeckHead | null>(null);

/** The built-in decks as this build ships them: their heads, then the full decks once a screen needed them. */
let builtins: readonly DeckHead[] = [];
const cardsById = new Map<string, Card>();
currentDeck.subscribe((next) => {
  cardsById.clear();
  if (next && isFullDeck(next)) for (const c of next.cards) cardsById.set(c.id, c);
});

/** `deck` as a full deck; throws for a head (a screen showed card text without loadFullDecks: a bug). */
function full(deck: DeckHead): Deck {
  if (!isFullDeck(deck)) throw new Error(`the cards of "${deck.title}" are not loaded yet`);
  return deck;
}

/** The head of the deck the open screen works on (the app renders only once the decks are loaded). */
export function activeHead(): DeckHead {
  const deck = currentDeck.get();
  if (!deck) throw new Error('the deck is not loaded yet');
  return deck;
}

/** The full deck the open screen works on: for screens that show card text (lazyScreen loads it before them). */
export function activeDeck(): Deck {
  return full(activeHead());
}

/** `entry` with its full deck: for screens that show card text (after loadFullDecks). */
export function fullEntry(entry: DeckEntry<DeckHead>): DeckEntry {
  return { ...entry, deck: full(entry.deck) };
}

/** The decks shown on Today and offered for sessions (not removed), the main built-in deck first. */
export function shownDecks(): DeckEntry<DeckHead>[] {
  return deckList.get().filter((e) => !e.removed);
}

/** The deck with `id` (removed ones included), or undefined. */
export function deckEntry(id: string): DeckEntry<DeckHead> | undefined {
  return deckList.get().find((e) => e.deck.id === id);
}

/** The built-in deck with `id` as this build ships it (after loadFullDecks), or undefined. */
export function builtinDeck(id: string): Deck | undefined {
  const deck = builtins.find((d) => d.id === id);
  return deck && full(deck);
}

/** Makes the deck with `id` (or the main deck when `id` is missing or unknown) the one screens work on. */
export function selectDeck(id: string | undefined): DeckHead {
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
  const entries: DeckEntry<DeckHead>[] = builtins.map((deck) => {
    const row = byId.get(deck.id);
    byId.delete(deck.id);
    return {
      deck: row && row.origin === 'imported' ? row.deck : deck,
      builtin: true,
      removed: row?.removed ?? false,
      outlineUpdated: new Set(row?.outlineUpdated),
    };
  });
  for (const row of byId.values())
    entries.push({ deck: row.deck, builtin: false, removed: row.removed, outlineUpdated: new Set(row.outlineUpdated) });
  deckList.set(entries);
  const current = currentDeck.get();
  selectDeck(current?.id);
}

/** The JSON at `url`, a file of the build (precached, so this works offline after the first visit). */
async function fetchDeckFile<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`a deck could not be loaded (HTTP ${response.status})`);
  return (await response.json()) as T;
}

let fullDecks: Promise<void> | undefined;

/** Fetches the built-in decks' card text, once, and shows the full decks; a failed fetch is tried again next call. */
export function loadFullDecks(): Promise<void> {
  fullDecks ??= Promise.all(deckUrls.map((url) => fetchDeckFile<Deck>(url))).then(
    (decks) => {
      builtins = decks;
      // In place of the heads in the list as it stands, so its marks and removals stay as they are.
      const byId = new Map(decks.map((d) => [d.id, d]));
      deckList.set(deckList.get().map((e) => (isFullDeck(e.deck) ? e : { ...e, deck: byId.get(e.deck.id) ?? e.deck })));
      selectDeck(currentDeck.get()?.id);
    },
    (error: unknown) => {
      fullDecks = undefined;
      throw error;
    },
  );
  return fullDecks;
}

/**
 * Fetches the built-in decks' heads and reads the stored decks, once. Resolves to the step that records new
 * built-in versions: start it after the first screen has rendered (it loads its own chunk, compares versions on
 * the heads, and loads the full decks only when one is new to this device: a first visit or an update).
 */
export async function loadDecks(storageOpen: Promise<boolean>): Promise<() => Promise<void>> {
  const heads = await fetchDeckFile<DeckHead[]>(headsUrl);
  builtins = heads;
  // Without storage the built-in decks still show (the storage banner says why progress is unavailable).
  const storage = await storageOpen;
  const rows = storage ? await deckRows(db).catch(() => undefined) : undefined;
  showDecks(rows ?? []);
  return async () => {
    if (!storage) return;
    // From now on the list follows the stored decks, so a deck imported in another tab shows here too. Started
    // after the first screen: the watch reads every deck row once more when it starts.
    watchDeckRows(db, showDecks, () => undefined);
    const { reconcileBuiltins, hasNewBuiltin } = await import('../db/deck-reconcile');
    if (rows && !hasNewBuiltin(heads, rows)) return;
    await loadFullDecks();
    if (await reconcileBuiltins(db, builtins.map(full), Date.now(), rows)) await refreshDecks();
  };
}

/** The current deck's card with `id`, or undefined if it has none. */
export function findCard(id: string): Card | undefined {
  return cardsById.get(id);
}

/** The title of the current deck's group with `id`. */
export function groupTitle(id: string): string {
  return activeHead().groups.find((g) => g.id === id)?.title ?? id;
}
