// Loads the deck's cards with their schedules, in deck order, for planning and overviews.
import { deckSchedules } from '../db/queries';
import type { ScheduledCard } from '../srs/plan';
import { db } from '../db/instance';
import { activeDeck } from '../state/deck';

/** Every deck card with its current schedule. */
export async function loadScheduledCards(): Promise<ScheduledCard[]> {
  const schedules = await deckSchedules(db, activeDeck().id, activeDeck().cards.map((c) => c.id));
  return activeDeck().cards.map((c) => ({ id: c.id, group: c.group, schedule: schedules.get(c.id)! }));
}
