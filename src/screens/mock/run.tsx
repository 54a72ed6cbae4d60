// One mock interview: its state comes from IndexedDB (so a reload resumes it) and every step is saved as it happens.
import { useEffect, useRef, useState } from 'preact/hooks';
import { mockReducer, type MockEvent } from '../../srs/mock-session';
import type { MockRow } from '../../db/schema';
import { db } from '../../db/instance';
import { getMock, stepMock } from '../../db/mocks';
import { reportStorageError } from '../../state/storage-error';
import { activeDeck, deckHref } from '../../state/deck';
import { useFocusMode } from '../../shell/focus-mode';
import { Ask } from './ask';
import { SelfReview } from './self-review';
import { Scorecard } from './scorecard';

/** Dispatches an event: the screen updates at once, the write follows in order (a reload resumes from the last one). */
export type Dispatch = (event: MockEvent) => void;

/** Runs a write after every write already dispatched, so it reads the mock as the screen shows it. */
export type AfterWrites = <T>(task: () => Promise<T>) => Promise<T>;

/** The mock with `id`, in whatever phase it is. */
export function MockRun({ id }: { id: string }) {
  const [row, setRow] = useState<MockRow | null | undefined>(undefined);
  const [resumed, setResumed] = useState(false);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  // The phone's bottom bar steps aside: the mock's own action sits at the bottom, under the thumb.
  useFocusMode(true);
  const dispatch: Dispatch = (event) => {
    setRow((r) => (r ? { ...r, progress: mockReducer(r.progress, r.questions, event) } : r));
    writes.current = writes.current.then(() => stepMock(db, id, event, Date.now())).catch(reportStorageError);
  };
  // The last answer's write can still be pending when the self-review shows; a grade read before it lands
  // would see the mock still asking and put the screen back (a fast key press after "Done" did).
  const afterWrites: AfterWrites = (task) => {
    const run = writes.current.then(task);
    writes.current = run.catch(() => undefined);
    return run;
  };
  useEffect(() => {
    getMock(db, id).then((found) => {
      setRow(found ?? null);
      // An answer or pause cut off by a reload, a killed tab or an update starts again at the same question.
      if (found && found.progress.phase === 'asking' && found.progress.step !== 'ready') {
        setResumed(true);
        dispatch({ type: 'resume' });
      }
    }, reportStorageError);
  }, [id]);
  if (row === undefined) return <main id="main" aria-busy="true"><p class="muted">Loading…</p></main>;
  if (row === null) {
    return (
      <main id="main">
        <h1>No such mock interview</h1>
        <p>It may have been discarded. <a href={deckHref('/mock', activeDeck().id)}>Mock interviews</a></p>
      </main>
    );
  }
  if (row.progress.phase === 'asking') return <Ask mock={row} dispatch={dispatch} resumed={resumed} />;
  if (row.progress.phase === 'review') return <SelfReview mock={row} onSaved={setRow} afterWrites={afterWrites} />;
  return <Scorecard mock={row} dispatch={dispatch} />;
}
