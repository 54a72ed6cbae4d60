// The empty card row, apart from recording grades (first-load split: ARCHITECTURE.md, "First load").
import { newSchedule } from '../srs/fold';
import { cardKey, type CardRow } from './schema';

/** The card row for a card that has no reviews yet. */
export function emptyCardRow(deckId: string, cardId: string): CardRow {
  return { key: cardKey(deckId, cardId), deckId, cardId, ...newSchedule() };
}
