// Runs a review session on screen: the pure session (src/srs/session.ts) on the session runner
// (src/ui/session-runner.ts), which makes its writes one after another and feeds each outcome back.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { runEngine, type SessionRunner as Runner } from '../../ui/session-runner';
import { useStore } from '../../ui/use-store';
import { currentCard } from '../../srs/queue';
import { startSession, step, type Session, type SessionAction, type Write } from '../../srs/session';
import type { Mode } from '../../srs/log-row';
import type { DrillInfo } from '../../srs/drill-session';

/** The storage a session writes to: log a grade (returns its log row id), take a logged grade back. */
export interface SessionStorage {
  record: (write: Extract<Write, { kind: 'record' }>) => Promise<string>;
  takeBack: (reviewId: string) => Promise<unknown>;
  /** Says in words why a write failed. */
  describe: (error: unknown) => string;
}

/** A running review session: its store (the one source of truth) and the way to act on it. */
export type SessionRunner = Runner<Session, SessionAction>;

/** Starts a runner over `initial`: each action steps the session, then its writes run in order on `storage`. */
export function runSession(initial: Session, storage: SessionStorage, now: () => number): SessionRunner {
  // The log row id of each grade once saved (null if its save failed), for taking it back.
  const saved = new Map<number, Promise<string | null>>();
  return runEngine<Session, SessionAction, Write>(initial, {
    step,
    describe: storage.describe,
    write: (write) => {
      if (write.kind === 'record') {
        const id = storage.record(write);
        saved.set(
          write.token,
          id.catch(() => null),
        );
        return id;
      }
      return (saved.get(write.token) ?? Promise.resolve(null)).then((id) => (id ? storage.takeBack(id) : null));
    },
    settled: (write, outcome) => {
      if (write.kind === 'record') {
        return outcome.ok
          ? { type: 'saved', token: write.token }
          : { type: 'saveFailed', token: write.token, reason: outcome.reason, at: now() };
      }
      return outcome.ok ? { type: 'takenBack' } : { type: 'takeBackFailed', reason: outcome.reason };
    },
  });
}

/** Performance API measure: from a grade to the next card laid out in the DOM (work done, ready to paint). */
export const GRADE_MEASURE = 'grade-to-next-card';

/** Performance API measure: from a grade to the start of the frame that paints the next card. */
export const FRAME_MEASURE = 'grade-to-next-frame';

/** What a session needs to start: its cards and mode, repeats from earlier today, outline sizes. */
export interface SessionSetup {
  cardIds: readonly string[];
  mode: Mode;
  againIds: readonly string[];
  outlineSizes: Readonly<Record<string, number>>;
  slipMs?: number;
  /** The session's drill cards (src/srs/drill-session.ts); none when left out. */
  drills?: Readonly<Record<string, DrillInfo>>;
}

/** Runs one session for the component's lifetime; returns its current state and its runner. */
export function useReviewSession(
  setup: SessionSetup,
  storage: SessionStorage,
  now: () => number = () => performance.now(),
): [Session, SessionRunner] {
  const measuring = useRef(false);
  const [runner] = useState(() => {
    const inner = runSession(startSession({ ...setup, at: now() }), storage, now);
    // Mark each grade that goes through, to measure how long the next card takes to appear.
    const dispatch = (action: SessionAction): void => {
      const s = inner.store.get();
      // A choice grades its card, and "Next" brings on the card after it: both count as a grade → next card.
      const choosing = action.type === 'choose' && !s.feedback && currentCard(s.queue) !== null;
      if ((action.type === 'grade' && s.revealed && currentCard(s.queue) !== null) || choosing || (action.type === 'next' && s.feedback)) {
        performance.mark('grade');
        measuring.current = true;
      }
      inner.dispatch(action);
    };
    return { ...inner, dispatch };
  });
  const session = useStore(runner.store);

  // A grade is written within milliseconds; if the page is closed in that window, ask the user to stay.
  useLayoutEffect(() => {
    if (session.saving === 0) return undefined;
    const stay = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', stay);
    return () => window.removeEventListener('beforeunload', stay);
  }, [session.saving > 0]);

  useLayoutEffect(() => {
    if (!measuring.current) return;
    measuring.current = false;
    // Force style and layout so the measure covers all the work before the next card can be painted.
    document.getElementById('prompt')?.getBoundingClientRect();
    performance.measure(GRADE_MEASURE, 'grade');
    requestAnimationFrame(() => performance.measure(FRAME_MEASURE, 'grade'));
  }, [session.queue, session.feedback]);

  return [session, runner];
}
