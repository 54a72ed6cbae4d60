// One engine for every session on screen (a review, a mock interview): a pure step function in a store, its
// writes run one after another, the outcome of each write fed back as an action, and the keys read from the store.
import { useEffect, useRef } from 'preact/hooks';
import { createStore, type Store } from '../lib/store';
import type { KeyPress } from '../srs/session-keys';
import { isTyping } from './use-keydown';

/** How a write ended: its result, or why it failed in words. */
export type WriteOutcome = { ok: true; value: unknown } | { ok: false; reason: string };

/** What a kind of session plugs into the runner: how it steps, how it writes, and what a write's outcome does. */
export interface SessionEngine<S, A, W> {
  /** The session after `action` and the writes it asks for, in order (pure). */
  step: (state: S, action: A) => readonly [S, readonly W[]];
  /** Performs one write; called only after every earlier write has settled. */
  write: (write: W) => Promise<unknown>;
  /** The action that reports a settled write back to the session (a failure rolls the screen back), or null. */
  settled: (write: W, outcome: WriteOutcome) => A | null;
  /** Says in words why a write failed. */
  describe: (error: unknown) => string;
}

/** A running session: its store (the one source of truth), the way to act on it, and its write queue. */
export interface SessionRunner<S, A> {
  store: Store<S>;
  dispatch: (action: A) => void;
  /** Runs `task` after every write already queued, so it sees storage as the screen shows it. */
  afterWrites: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Starts a runner over `initial`: each action steps the session, then its writes run in order. */
export function runEngine<S, A, W>(initial: S, engine: SessionEngine<S, A, W>): SessionRunner<S, A> {
  const store = createStore(initial);
  // Writes run one after another, so an undo always lands before the grade that follows it.
  let chain: Promise<unknown> = Promise.resolve();
  const afterWrites = <T>(op: () => Promise<T>): Promise<T> => {
    const result = chain.then(op);
    chain = result.catch(() => null);
    return result;
  };
  const run = (write: W): void => {
    afterWrites(() => engine.write(write)).then(
      (value) => report(engine.settled(write, { ok: true, value })),
      (cause: unknown) => report(engine.settled(write, { ok: false, reason: engine.describe(cause) })),
    );
  };
  const report = (action: A | null): void => {
    if (action !== null) dispatch(action);
  };
  const dispatch = (action: A): void => {
    const [next, writes] = engine.step(store.get(), action);
    if (next !== store.get()) store.set(next);
    writes.forEach(run);
  };
  return { store, dispatch, afterWrites };
}

/** The sentence shown when a grade could not be saved (the screen has been put back to before it). */
export function gradeNotSavedText(reason: string): string {
  return `Your grade for this card could not be saved: ${reason}. Nothing was changed; please grade it again.`;
}

/** A keydown event as a session sees it. */
export function keyPress(event: KeyboardEvent, at: number): KeyPress {
  return {
    key: event.key,
    at,
    repeat: event.repeat,
    modified: event.ctrlKey || event.metaKey || event.altKey,
    typing: isTyping(event.target),
    onControl: event.target instanceof Element && event.target.closest('button, a, input, select, textarea, audio, summary') !== null,
  };
}

/**
 * Listens for a session's shortcuts: `keyAction` maps a key to an action (null leaves the key to the browser),
 * which goes to `dispatch` (the runner's unless given). The listener is added once and reads the session from
 * its store when a key arrives: one re-added after each render would miss keys pressed before the effect runs.
 */
export function useSessionKeys<S, A>(
  runner: SessionRunner<S, A>,
  keyAction: (state: S, key: KeyPress) => A | null,
  now: () => number = () => performance.now(),
  dispatch: (action: A) => void = runner.dispatch,
): void {
  // The latest mapping and dispatch, which may close over the component's own state (ticked points, the recorder).
  const latest = useRef({ keyAction, dispatch });
  latest.current = { keyAction, dispatch };
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = latest.current.keyAction(runner.store.get(), keyPress(event, now()));
      if (action === null) return;
      event.preventDefault();
      latest.current.dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [runner]);
}
