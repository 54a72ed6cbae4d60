// The deck being practised: a store set once by `loadBuiltinDeck` before the app renders.
import { deckUrl } from 'virtual:builtin-deck';
import type { Card, Deck } from '../deck/types';
import { createStore } from '../lib/store';

/** The deck every screen reads; null only before the app has rendered. */
export const currentDeck = createStore<Deck | null>(null);

let cardsById = new Map<string, Card>();
currentDeck.subscribe((next) => {
  cardsById = new Map((next?.cards ?? []).map((c) => [c.id, c]));
});

/** The deck being practised (the app renders only once it is loaded). */
export function activeDeck(): Deck {
  const deck = currentDeck.get();
  if (!deck) throw new Error('the deck is not loaded yet');
  return deck;
}

/** Fetches the built-in deck (precached by the service worker, so this works offline). */
export async function loadBuiltinDeck(): Promise<Deck> {
  const response = await fetch(deckUrl);
  if (!response.ok) throw new Error(`the deck could not be loaded (HTTP ${response.status})`);
  const loaded = (await response.json()) as Deck;
  currentDeck.set(loaded);
  return loaded;
}

/** The deck card with `id`, or undefined if the deck has none. */
export function findCard(id: string): Card | undefined {
  return cardsById.get(id);
}

/** The title of the group with `id`. */
export function groupTitle(id: string): string {
  return activeDeck().groups.find((g) => g.id === id)?.title ?? id;
}
