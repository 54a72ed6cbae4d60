// Focus mode: while a card is on screen (a review, a mock) the phone's bottom bar steps aside.
import { useEffect } from 'preact/hooks';
import { createStore } from '../lib/store';

/** True while a screen wants the whole height for its card. */
export const focusMode = createStore(false);

/** Turns focus mode on while `on` is true and the calling screen is shown. */
export function useFocusMode(on: boolean): void {
  useEffect(() => {
    focusMode.set(on);
    return () => focusMode.set(false);
  }, [on]);
}
