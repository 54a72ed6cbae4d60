// The review log's terms that the whole app uses (modes, the duration cap, the card key), apart from the row's
// table (review-row.ts): Today's first load holds this module whole, so only what it needs lives here.

/** What a logged grade was for: the daily review, a group drill, or a mock interview. Stored as is in the log. */
export type Mode = 'review' | 'drill' | 'interview';
/** Every mode the log may hold, for validating rows that enter it. */
export const MODES: readonly Mode[] = ['review', 'drill', 'interview'];
/** The longest time a card can have been on screen that the app records (longer is capped). */
export const MAX_DURATION_MS = 30 * 86_400_000;

/** The key of a card in the `cards` table: `deckId/cardId`. */
export function cardKey(deckId: string, cardId: string): string {
  return `${deckId}/${cardId}`;
}
