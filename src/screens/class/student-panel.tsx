// A class this device takes part in: sharing on or off (what it sends shown first), sync now, the class's
// decks (each can be hidden here, not edited), and leaving.
import { useState } from 'preact/hooks';
import { forgetClass, updateClass, type ClassRow } from '../../db/classes';
import { removeDeck, restoreDeck } from '../../db/deck-edits';
import { db } from '../../db/instance';
import { deckList, refreshDecks } from '../../state/deck';
import { leaveClass, setSharing } from '../../sync/class-api';
import { syncClass, CLOSED } from '../../sync/class-sync';
import { useStore } from '../../ui/use-store';
import { SharingConsent } from './consent';

/** The student's panel for one class. */
export function StudentPanel({ row }: { row: ClassRow }) {
  const entries = useStore(deckList);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<string | void>) => {
    setBusy(true);
    try {
      setMessage((await work()) ?? '');
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const syncNow = () =>
    act(async () => {
      await updateClass(db, row.key, { summaryDue: row.sharing ? 1 : 0 });
      const after = await syncClass(db, row.key);
      await refreshDecks();
      if (after?.problem) return after.problem === CLOSED ? '' : after.problem;
      return after?.sharing ? 'Synced: class decks are up to date and your summary was sent.' : 'Synced: class decks are up to date.';
    });
  const toggleSharing = () =>
    act(async () => {
      await setSharing(row, !row.sharing);
      await updateClass(db, row.key, { sharing: !row.sharing, summaryDue: row.sharing ? 0 : 1 });
      if (row.sharing) return 'Sharing is off. The server deleted what you had shared.';
      await syncClass(db, row.key);
      return 'Sharing is on. Your summary was sent.';
    });
  const leave = () => {
    if (!confirm(`Leave “${row.name}”? What you shared is deleted on the server. The class decks and your progress stay on this device.`))
      return;
    void act(async () => {
      await leaveClass(row).catch(() => undefined);
      await forgetClass(db, row.key);
    });
  };
  const consentId = `consent-${row.classId}`;
  if (row.problem === CLOSED) {
    return (
      <section class="panel">
        <h2>{row.name}</h2>
        <p>This class was closed, or you are no longer in it. Its decks and your progress stay on this device.</p>
        <button type="button" onClick={() => void forgetClass(db, row.key)}>
          Forget this class
        </button>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby={`class-${row.classId}`}>
      <h2 id={`class-${row.classId}`}>{row.name}</h2>
      <p class="muted">
        You joined as {row.displayName}. {row.summaryAt ? `Last summary sent ${new Date(row.summaryAt).toLocaleString()}.` : ''}
        {row.sharing && row.summaryDue ? ' A summary is waiting to be sent.' : ''}
      </p>
      <p>
        Sharing progress: <strong>{row.sharing ? 'on' : 'off'}</strong>
      </p>
      {!row.sharing && <SharingConsent id={consentId} />}
      <div class="row">
        <button type="button" disabled={busy} aria-describedby={row.sharing ? undefined : consentId} onClick={() => void toggleSharing()}>
          {row.sharing ? 'Stop sharing' : 'Agree and share my progress'}
        </button>
        <button type="button" disabled={busy} onClick={() => void syncNow()}>
          Sync now
        </button>
      </div>
      <p role="status" class="class-message">
        {message || (row.problem && row.problem !== CLOSED ? row.problem : '')}
      </p>
      <h3>Class decks</h3>
      {row.deckIds.length === 0 ? (
        <p class="muted">None yet: your instructor has not published a deck, or this device has not synced since.</p>
      ) : (
        <ul class="class-decks">
          {row.deckIds.map((id) => {
            const entry = entries.find((e) => e.deck.id === id);
            if (!entry) return null;
            const hide = async () => {
              await (entry.removed ? restoreDeck(db, id) : removeDeck(db, id, false));
              await refreshDecks();
            };
            return (
              <li key={id}>
                {entry.deck.title}{' '}
                <span class="muted">
                  version {entry.deck.version}
                  {entry.removed ? ' · hidden' : ''}
                </span>{' '}
                <button type="button" class="small" onClick={() => void hide()}>
                  {entry.removed ? 'Show' : 'Hide'}
                  <span class="sr-only"> {entry.deck.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" class="danger" disabled={busy} onClick={leave}>
        Leave class
      </button>
    </section>
  );
}
