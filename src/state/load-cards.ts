// Loads a deck's cards with their schedules, in deck order, for planning and overviews.
import { deckSchedules } from '../db/queries';
import type { ScheduledCard } from '../srs/plan';
import type { DeckHead } from '../deck/head';
import { db } from '../db/instance';
import { activeHead } from './deck';

/** Every card of `deck` (the current deck by default) with its current schedule. */
export async function loadScheduledCards(deck: DeckHead = activeHead()): Promise<ScheduledCard[]> {
  const schedules = await deckSchedules(
    db,
    deck.id,
    deck.cards.map((c) => c.id),
  );
  return deck.cards.map((c) => ({ id: c.id, group: c.group, schedule: schedules.get(c.id)! }));
}
