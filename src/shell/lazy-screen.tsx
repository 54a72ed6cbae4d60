// Screens whose code loads on first visit. preact-iso's lazy() keeps a failed import for good, and its
// router waits for the import's promise to resolve, which a failed one never does: the previous screen
// (or nothing) stays with no word of why. This one says the screen did not load and offers Retry.
// These screens show card text, so each also waits for the full decks (Today, loaded with the app, needs only heads).
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { loadFullDecks } from '../state/deck';

/**
 * A screen loaded on first visit, with the full decks; when its code or the decks cannot be fetched (offline before
 * they were cached, or gone after a deploy) it says so and offers Retry.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let Screen: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;
  return function LazyScreen(props: P) {
    const [, rerender] = useState(0);
    const awaited = useRef<Promise<void>>(undefined);
    if (Screen) return <Screen {...props} />;
    if (failed) {
      const retry = () => {
        failed = false;
        loading = undefined;
        rerender((n) => n + 1);
      };
      return <ScreenLoadFailed retry={retry} />;
    }
    // Settles either way, so the router renders again once the import has worked or failed.
    loading ??= Promise.all([load(), loadFullDecks()]).then(
      ([screen]) => void (Screen = screen),
      () => void (failed = true),
    );
    // The router re-renders the same route element, which Preact skips: this screen renders itself again.
    if (awaited.current !== loading) awaited.current = loading.then(() => rerender((n) => n + 1));
    throw loading; // suspends: the router keeps the previous screen until this settles
  };
}

/** What a screen whose code (or deck) did not load shows instead. */
function ScreenLoadFailed({ retry }: { retry: () => void }) {
  return (
    <main id="main">
      <h1>This screen did not load</h1>
      <p role="alert">Its code or its deck could not be fetched. Check your connection, then retry.</p>
      <button type="button" class="primary" onClick={retry}>
        Retry
      </button>
    </main>
  );
}
