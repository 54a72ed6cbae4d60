// The address of a mock: it names the mock's own deck, so it reopens against that deck whatever deck is open now.
import { deckHref } from '../../state/deck';

/** `/mock/ID`, with `?deck=` when the mock is not of the main deck. */
export function mockHref(mock: { id: string; deckId: string }): string {
  return deckHref(`/mock/${mock.id}`, mock.deckId);
}
