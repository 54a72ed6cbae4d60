// One deck in the Decks list: export it, remove it (keeping or, after a confirmation, deleting its progress), restore it.
import { useState } from 'preact/hooks';
import { serializeDeck } from '../../deck/serialize';
import { removeDeck, restoreDeck } from '../../db/deck-edits';
import { countReviews } from '../../db/queries';
import { db } from '../../db/instance';
import { deckHref, refreshDecks, type DeckEntry } from '../../state/deck';
import { useLive } from '../../state/use-live';
import { downloadText } from '../../ui/download';
import { count } from '../../lib/count';

function RemoveDialog({ entry, onClose }: { entry: DeckEntry; onClose: () => void }) {
  const [deleteProgress, setDeleteProgress] = useState(false);
  const reviews = useLive(() => countReviews(db, entry.deck.id), [entry.deck.id]);
  const id = `remove-${entry.deck.id}`;
  const remove = async (): Promise<void> => {
    await removeDeck(db, entry.deck.id, deleteProgress);
    await refreshDecks();
    onClose();
  };
  return (
    <div role="alertdialog" aria-labelledby={`${id}-q`} aria-describedby={`${id}-d`} class="remove-dialog">
      <p id={`${id}-q`}>
        <strong>Remove “{entry.deck.title}”?</strong>
      </p>
      <p id={`${id}-d`}>
        It leaves Today and your sessions. Its {reviews ?? 0} saved {reviews === 1 ? 'grade stays' : 'grades stay'} in your log and backups,
        so you can restore it later.
      </p>
      <label class="radio">
        <input type="checkbox" checked={deleteProgress} onChange={(e) => setDeleteProgress(e.currentTarget.checked)} />
        Delete its progress too (cannot be undone)
      </label>
      <div class="row">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" class="danger" onClick={() => void remove()}>
          {deleteProgress ? 'Remove and delete its progress' : 'Remove deck'}
        </button>
      </div>
    </div>
  );
}

/** A deck's line in the list, with its actions. */
export function DeckItem({ entry }: { entry: DeckEntry }) {
  const [removing, setRemoving] = useState(false);
  const { deck } = entry;
  const headingId = `deck-${deck.id}`;
  return (
    <li class="panel deck-item">
      <h3 id={headingId}>{deck.title}</h3>
      <p class="muted">
        {entry.builtin ? 'Built in' : 'Imported'} · version {deck.version} · {count(deck.cards.length, 'card')} in{' '}
        {count(deck.groups.length, 'group')}
        {entry.removed && ' · removed'}
      </p>
      {!removing && (
        <div class="row">
          {!entry.removed && (
            <a href={deckHref('/browse', deck.id)}>
              Browse<span class="sr-only"> {deck.title}</span>
            </a>
          )}
          <button type="button" onClick={() => downloadText(`${deck.id}.md`, serializeDeck(deck), 'text/markdown')}>
            Export .md<span class="sr-only">: {deck.title}</span>
          </button>
          {entry.removed ? (
            <button type="button" onClick={() => void restoreDeck(db, deck.id).then(refreshDecks)}>
              Restore<span class="sr-only"> {deck.title}</span>
            </button>
          ) : (
            <button type="button" class="danger" onClick={() => setRemoving(true)}>
              Remove…<span class="sr-only"> {deck.title}</span>
            </button>
          )}
        </div>
      )}
      {removing && <RemoveDialog entry={entry} onClose={() => setRemoving(false)} />}
    </li>
  );
}
