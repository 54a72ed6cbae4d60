// A class this device teaches: its join code and link, rotate, close, publish an imported deck, and the view.
import { useState } from 'preact/hooks';
import { forgetClass, updateClass, type ClassRow } from '../../db/classes';
import { db } from '../../db/instance';
import type { ClassView } from '../../protocol/class';
import { deckList, fullEntry } from '../../state/deck';
import { closeClass, classView, publishDeck, removeStudent, rotateJoinCode } from '../../sync/class-api';
import { syncNow } from '../../sync/auto';
import { useStore } from '../../ui/use-store';
import { ClassViewPanel, type DeckTitles } from './class-view-panel';

/** The link that carries a join code (the code stays in the fragment, which browsers never send to a server). */
export function joinLink(code: string): string {
  return `${location.origin}/class#join=${code}`;
}

const titles: DeckTitles = {
  group: (deckId, groupId) =>
    deckList
      .get()
      .find((e) => e.deck.id === deckId)
      ?.deck.groups.find((g) => g.id === groupId)?.title ?? groupId,
  card: (deckId, cardId) => {
    const entry = deckList.get().find((e) => e.deck.id === deckId);
    return (entry && fullEntry(entry).deck.cards.find((c) => c.id === cardId)?.prompt) ?? cardId;
  },
};

/** The instructor's panel for one class. */
export function InstructorPanel({ row }: { row: ClassRow }) {
  const decks = useStore(deckList)
    .filter((e) => !e.builtin && !e.removed)
    .map(fullEntry);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState(row.problem);
  const [view, setView] = useState<ClassView | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<string | void>) => {
    setBusy(true);
    try {
      const said = await work();
      if (said) setMessage(said);
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const openView = () => act(async () => setView(await classView(row)));
  const publish = () =>
    act(async () => {
      const entry = decks.find((e) => e.deck.id === (chosen || decks[0]?.deck.id));
      if (!entry) return 'Import a deck first (Decks), then publish it here.';
      const { published } = await publishDeck(row, entry.deck);
      await updateClass(db, row.key, { deckIds: [...new Set([...row.deckIds, entry.deck.id])] });
      return published
        ? `Published “${entry.deck.title}” version ${entry.deck.version}. Students get it on their next sync.`
        : `The class already has “${entry.deck.title}” version ${entry.deck.version}.`;
    });
  const rotate = () =>
    act(async () => {
      const joinCode = await rotateJoinCode(row);
      await updateClass(db, row.key, { joinCode });
      void syncNow(); // the new code goes to this person's paired devices (a no-op when personal sync is off)
      return 'New code made. The old one no longer works; students who joined stay.';
    });
  const close = () => {
    if (!confirm(`Close “${row.name}” for good? Every summary students shared is deleted, and nobody can join.`)) return;
    void act(async () => {
      await closeClass(row);
      await forgetClass(db, row.key);
    });
  };
  const remove = (id: string, name: string) => {
    if (!confirm(`Remove ${name} from the class? What they shared is deleted.`)) return;
    void act(async () => {
      await removeStudent(row, id);
      setView(await classView(row));
      return `${name} was removed. Rotate the code if they should not join again.`;
    });
  };
  return (
    <section class="panel" aria-labelledby={`class-${row.classId}`}>
      <h2 id={`class-${row.classId}`}>{row.name}</h2>
      <p class="muted">You teach this class.</p>
      <p>
        Join code: <strong class="join-code">{row.joinCode}</strong>
      </p>
      <p class="muted join-link">
        Or share this link: <span>{row.joinCode && joinLink(row.joinCode)}</span>
      </p>
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void rotate()}>
          New join code
        </button>
        <button type="button" class="danger" disabled={busy} onClick={close}>
          Close class
        </button>
      </div>
      <h3>Publish a deck</h3>
      {decks.length === 0 ? (
        <p class="muted">
          Import a deck on the <a href="/decks">Decks</a> screen, then publish it here.
        </p>
      ) : (
        <div class="row">
          <label>
            Deck{' '}
            <select value={chosen || decks[0]!.deck.id} onChange={(e) => setChosen(e.currentTarget.value)}>
              {decks.map((e) => (
                <option key={e.deck.id} value={e.deck.id}>
                  {e.deck.title} (version {e.deck.version})
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy} onClick={() => void publish()}>
            Publish to class
          </button>
        </div>
      )}
      <p role="status" class="class-message">
        {message}
      </p>
      <button type="button" disabled={busy} onClick={() => void openView()}>
        {view ? 'Refresh the class view' : 'Open the class view'}
      </button>
      {view && <ClassViewPanel view={view} titles={titles} onRemove={remove} />}
    </section>
  );
}
