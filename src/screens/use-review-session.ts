// The state of a review session on screen: the queue, the revealed answer, ticks, undo and saving.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createQueue, currentCard, gradeCurrent, type Mode, type SessionQueue } from '../srs/queue';
import { recordGrade, undoGrade } from '../db/record';
import { requestPersistenceOnce } from '../db/durability';
import { db } from '../db/instance';
import { activeDeck, findCard } from '../state/deck';
import { describeStorageError } from '../state/storage-error';

/** One grade of this session: the session before it, its ticks, and its log row id once saved. */
interface Graded {
  before: SessionQueue;
  ticked: ReadonlySet<number>;
  saved: Promise<string | null>;
}

/** Everything the review screen shows and can do. */
export interface ReviewSession {
  queue: SessionQueue;
  revealed: boolean;
  ticked: ReadonlySet<number>;
  error: string | null;
  graded: number;
  /** Grades and undos not yet committed to IndexedDB. */
  saving: number;
  /** What happened to the card graded last, for the status line. */
  last: { cardId: string; grade: number; requeued: boolean } | null;
  reveal: () => void;
  toggle: (index: number) => void;
  grade: (quality: number) => void;
  undo: () => void;
}

/** Performance API measure: from a grade to the next card laid out in the DOM (work done, ready to paint). */
export const GRADE_MEASURE = 'grade-to-next-card';

/** Performance API measure: from a grade to the start of the frame that paints the next card. */
export const FRAME_MEASURE = 'grade-to-next-frame';

/** Runs a session over `cardIds` in `mode` (`againIds`: repeats from earlier today); grades are saved as they happen. */
export function useReviewSession(cardIds: string[], mode: Mode, countedToday: string[], againIds: string[]): ReviewSession {
  const [queue, setQueue] = useState(() => createQueue(cardIds, mode, countedToday, againIds));
  const [revealed, setRevealed] = useState(false);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<ReviewSession['last']>(null);
  const [saving, setSaving] = useState(0);
  const shownAt = useRef(performance.now());
  const stack = useRef<Graded[]>([]);
  const measuring = useRef(false);
  // Writes run one after another, so an undo always lands before the grade that follows it.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const serial = <T,>(op: () => Promise<T>): Promise<T> => {
    setSaving((n) => n + 1);
    const result = chain.current.then(op);
    chain.current = result.catch(() => null).finally(() => setSaving((n) => n - 1));
    return result;
  };

  // A grade is written within milliseconds; if the page is closed in that window, ask the user to stay.
  useLayoutEffect(() => {
    if (saving === 0) return undefined;
    const stay = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', stay);
    return () => window.removeEventListener('beforeunload', stay);
  }, [saving]);

  useLayoutEffect(() => {
    shownAt.current = performance.now();
    if (!measuring.current) return;
    measuring.current = false;
    // Force style and layout so the measure covers all the work before the next card can be painted.
    document.getElementById('prompt')?.getBoundingClientRect();
    performance.measure(GRADE_MEASURE, 'grade');
    requestAnimationFrame(() => performance.measure(FRAME_MEASURE, 'grade'));
  }, [queue]);

  const reveal = useCallback(() => setRevealed(true), []);
  const toggle = useCallback((index: number) => {
    setTicked((old) => {
      const next = new Set(old);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  }, []);

  const grade = useCallback(
    (quality: number) => {
      const cardId = currentCard(queue);
      const card = cardId ? findCard(cardId) : undefined;
      if (!cardId || !card || !revealed) return;
      performance.mark('grade');
      measuring.current = true;
      const outcome = gradeCurrent(queue, quality);
      const entry: Graded = { before: queue, ticked, saved: Promise.resolve(null) };
      entry.saved = serial(() =>
        recordGrade(db, {
          deckId: activeDeck().id,
          cardId,
          grade: quality,
          ticked: [...ticked].sort((a, b) => a - b),
          pointCount: card.outline.length,
          durationMs: performance.now() - shownAt.current,
          mode,
          time: Date.now(),
        }),
      ).then(
        (row) => {
          if (mode === 'review') void requestPersistenceOnce(db).catch(() => null);
          return row.id;
        },
        (cause: unknown) => {
          // Nothing was written (the transaction rolled back): put the card back so the grade is not lost
          // silently. Grades given after it are taken back too, so the screen and the log agree.
          const at = stack.current.indexOf(entry);
          // Already taken back with an earlier failure (or undone): the session is restored; say nothing more.
          if (at < 0) return null;
          const dropped = stack.current.splice(at);
          dropped.slice(1).forEach(takeBack);
          setError(`Your grade for this card could not be saved: ${describeStorageError(cause)}. Nothing was changed; please grade it again.`);
          setLast(null);
          setQueue(entry.before);
          setTicked(entry.ticked);
          setRevealed(true);
          return null;
        },
      );
      stack.current.push(entry);
      setError(null);
      setLast({ cardId, grade: quality, requeued: outcome.requeued });
      setQueue(outcome.queue);
      setRevealed(false);
      setTicked(new Set());
    },
    [queue, revealed, ticked, mode],
  );

  // Deletes a grade's log row once it is saved (or does nothing if it never was).
  const takeBack = (entry: Graded): void => {
    void serial(async () => {
      const id = await entry.saved;
      return id ? undoGrade(db, id) : null;
    }).catch((cause: unknown) => setError(`Undo failed: ${describeStorageError(cause)}.`));
  };

  const undo = useCallback(() => {
    const last = stack.current.pop();
    if (!last) return;
    setQueue(last.before);
    setLast(null);
    setRevealed(true);
    setTicked(last.ticked);
    takeBack(last);
  }, []);

  return { queue, revealed, ticked, error, graded: queue.history.length, saving, last, reveal, toggle, grade, undo };
}
