// Reads for the screens; each goes through an index.
import { cardKey, type CardRow, type RehearseDb, type ReviewRow } from './schema';
import { emptyCardRow } from './card-row';

/** Every card row of a deck, keyed by card id; cards never reviewed get an empty row. */
export async function deckSchedules(db: RehearseDb, deckId: string, cardIds: readonly string[]): Promise<Map<string, CardRow>> {
  const rows = await db.cards.where('deckId').equals(deckId).toArray();
  const byId = new Map(rows.map((r) => [r.cardId, r]));
  return new Map(cardIds.map((id) => [id, byId.get(id) ?? emptyCardRow(deckId, id)]));
}

/** One card's row, or an empty one if it was never reviewed. */
export async function cardSchedule(db: RehearseDb, deckId: string, cardId: string): Promise<CardRow> {
  return (await db.cards.get(cardKey(deckId, cardId))) ?? emptyCardRow(deckId, cardId);
}

/** How many grades one deck has in the log, or, with no deck, every deck (what "Reset progress" deletes). */
export async function countReviews(db: RehearseDb, deckId?: string): Promise<number> {
  return deckId === undefined ? db.reviews.count() : db.reviews.where('deckId').equals(deckId).count();
}

/** A deck's grades given at or after `time`, oldest first (the time index keeps it to the session's rows). */
export async function reviewsSince(db: RehearseDb, deckId: string, time: number): Promise<ReviewRow[]> {
  const rows = await db.reviews.where('time').aboveOrEqual(time).toArray();
  return rows.filter((r) => r.deckId === deckId).sort((a, b) => a.time - b.time);
}
