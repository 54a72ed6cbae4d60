// The choice the learner made the last time they answered a predict or choice card, read from the log.
import { cardKey, type RehearseDb } from './schema';

/** The 0-based choice of the card's latest logged grade, or null when its latest grade carries no choice. */
export async function lastChoice(db: RehearseDb, deckId: string, cardId: string): Promise<number | null> {
  const rows = await db.reviews.where('cardKey').equals(cardKey(deckId, cardId)).toArray();
  const latest = rows.reduce<(typeof rows)[number] | null>((last, r) => (last === null || r.time >= last.time ? r : last), null);
  // Rows logged before choices were recorded, and rows of other kinds of card, have none.
  const choice = (latest as { choice?: unknown } | null)?.choice;
  return typeof choice === 'number' ? choice : null;
}
