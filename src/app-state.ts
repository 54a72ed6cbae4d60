// The app's singletons: the deck being practised and the open database.
import { deckUrl } from 'virtual:builtin-deck';
import type { Card, Deck } from './deck/types';
import { RehearseDb } from './db/schema';

/** The deck the app practises; set once by `loadBuiltinDeck` before the app renders. */
export let deck: Deck;

/** The app's IndexedDB database. */
export const db = new RehearseDb();

let cardsById = new Map<string, Card>();

/** Makes `next` the deck every screen reads. */
export function setDeck(next: Deck): void {
  deck = next;
  cardsById = new Map(next.cards.map((c) => [c.id, c]));
}

/** Fetches the built-in deck (precached by the service worker, so this works offline). */
export async function loadBuiltinDeck(): Promise<Deck> {
  const response = await fetch(deckUrl);
  if (!response.ok) throw new Error(`the deck could not be loaded (HTTP ${response.status})`);
  const loaded = (await response.json()) as Deck;
  setDeck(loaded);
  return loaded;
}

/** The deck card with `id`, or undefined if the deck has none. */
export function findCard(id: string): Card | undefined {
  return cardsById.get(id);
}

/** The title of the group with `id`. */
export function groupTitle(id: string): string {
  return deck.groups.find((g) => g.id === id)?.title ?? id;
}
