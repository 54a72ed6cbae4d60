// The moment the first screen has shown what it is for. Background work (the service worker and its precache,
// the built-in decks' upkeep) waits for it, so on a slow phone it never competes with the first screen's own
// reads and requests (issue 13: it used to start before Today's groups painted, and delayed them).

/** How long background work waits for a first screen that never says it has shown (every screen but Today). */
const FALLBACK_MS = 2000;

let shown: () => void;

/** Resolves once a screen has called firstScreenShown(), or FALLBACK_MS after the app started. */
export const firstScreen = new Promise<void>((resolve) => {
  shown = resolve;
  setTimeout(resolve, FALLBACK_MS);
});

/** Says the first screen has shown its content; later calls do nothing. */
export function firstScreenShown(): void {
  shown();
}
