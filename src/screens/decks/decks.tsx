// Decks: import a deck file, update a deck to a new version, export, remove and restore decks.
import { useStore } from '../../ui/use-store';
import { deckList, fullEntry } from '../../state/deck';
import { ImportPanel } from './import-panel';
import { DeckItem } from './deck-item';
import './decks.css';

/** The Decks screen. */
export function Decks() {
  const decks = useStore(deckList);
  return (
    <main id="main">
      <h1>Decks</h1>
      <ImportPanel />
      <h2>Your decks</h2>
      <ul class="deck-list">
        {decks.map((entry) => (
          <DeckItem key={entry.deck.id} entry={fullEntry(entry)} />
        ))}
      </ul>
    </main>
  );
}
