// Loads the deck's cards with their schedules, in deck order, for planning and overviews.
import { deckSchedules } from '../db/queries';
import type { ScheduledCard } from '../srs/plan';
import { db, deck } from '../app-state';

/** Every deck card with its current schedule. */
export async function loadScheduledCards(): Promise<ScheduledCard[]> {
  const schedules = await deckSchedules(db, deck.id, deck.cards.map((c) => c.id));
  return deck.cards.map((c) => ({ id: c.id, group: c.group, schedule: schedules.get(c.id)! }));
}
