// Keyboard shortcuts for a screen: one document listener for the component's life that calls the handler
// of the latest render. A listener re-added after each render (an effect without deps) misses keys
// pressed between a render and its effect, and answers them with the previous render's state. A layout
// effect attaches it before the screen is painted, so a key pressed once the screen shows is never missed.
import { useLayoutEffect, useRef } from 'preact/hooks';

/** True while the user types text (text inputs, selects, text areas); checkboxes and buttons keep shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
}

/** Calls `handler` for every keydown on the page while the component is mounted. */
export function useKeydown(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => latest.current(event);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
