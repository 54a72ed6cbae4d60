// The review screen's keyboard shortcuts: one document listener for the whole session.
import { useEffect } from 'preact/hooks';
import { keyAction, type KeyPress } from '../srs/session';
import type { SessionRunner } from './use-review-session';
import { isTyping } from '../ui/use-keydown';

/** A keydown event as the session sees it. */
export function keyPress(event: KeyboardEvent, at: number): KeyPress {
  return {
    key: event.key,
    at,
    repeat: event.repeat,
    modified: event.ctrlKey || event.metaKey || event.altKey,
    typing: isTyping(event.target),
    onControl: event.target instanceof Element && event.target.closest('button, a, input, select, summary') !== null,
  };
}

/**
 * Listens for shortcuts while the session runs. The listener is added once and reads the session from its
 * store when a key arrives: one re-added after each render would miss keys pressed before the effect runs.
 */
export function useSessionKeys(runner: SessionRunner, now: () => number = () => performance.now()): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = keyAction(runner.store.get(), keyPress(event, now()));
      if (!action) return;
      event.preventDefault();
      runner.dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [runner]);
}
