// "Outline updated": a card whose outline a deck update changed says so the next time a session shows it.
// Revealing its answer (the new outline) clears the mark, in IndexedDB and in the deck list, so it says it once.
import { useEffect, useMemo } from 'preact/hooks';
import { db } from '../../db/instance';
import { clearOutlineUpdated } from '../../db/deck-edits';
import { deckEntry, deckList } from '../../state/deck';

/** True when the card's outline changed in its deck's last update and its answer has not been shown since. */
export function isOutlineUpdated(deckId: string, cardId: string): boolean {
  return deckEntry(deckId)?.outlineUpdated.has(cardId) ?? false;
}

function forget(deckId: string, cardId: string): void {
  deckList.set(
    deckList
      .get()
      .map((e) => (e.deck.id === deckId ? { ...e, outlineUpdated: new Set([...e.outlineUpdated].filter((id) => id !== cardId)) } : e)),
  );
  // A failed write only means the badge shows once more next time: nothing else depends on the mark.
  void clearOutlineUpdated(db, deckId, cardId).catch(() => undefined);
}

/** Whether the card on screen carries the badge; it keeps it while shown, and the mark is cleared once the answer is revealed. */
export function useOutlineUpdated(deckId: string, cardId: string, revealed: boolean): boolean {
  const marked = useMemo(() => isOutlineUpdated(deckId, cardId), [deckId, cardId]);
  useEffect(() => {
    if (marked && revealed && isOutlineUpdated(deckId, cardId)) forget(deckId, cardId);
  }, [marked, revealed, deckId, cardId]);
  return marked;
}
