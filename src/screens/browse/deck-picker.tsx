// Links to the same screen for each deck, when there are several (Browse, Stats, mock interviews).
import { useLocation } from 'preact-iso';
import { deckHref, shownDecks } from '../../state/deck';

/** A row of links to this screen for each shown deck, the current one marked. */
export function DeckPicker({ current }: { current: string }) {
  const { path } = useLocation();
  return (
    <nav aria-label="Decks" class="row deck-picker">
      {shownDecks().map(({ deck }) => (
        <a key={deck.id} href={deckHref(path, deck.id)} aria-current={deck.id === current ? 'page' : undefined}>
          {deck.title}
        </a>
      ))}
    </nav>
  );
}
