// The empty card row, apart from recording grades: Today needs it on the first load, the grade writer can load later.
import { newSchedule } from '../srs/fold';
import { cardKey, type CardRow } from './schema';

/** The card row for a card that has no reviews yet. */
export function emptyCardRow(deckId: string, cardId: string): CardRow {
  return { key: cardKey(deckId, cardId), deckId, cardId, ...newSchedule() };
}
