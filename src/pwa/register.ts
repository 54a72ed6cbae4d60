// Registers the service worker (prompt mode): a new version waits until the user accepts it.
import { registerSW } from 'virtual:pwa-register';
import { offlineReady, updateAvailable, updateCheck } from './state';
import { isBusyPath } from '../lib/busy-paths';

const QUIET_CHECK_EVERY_MS = 60 * 60 * 1000;

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;
let lastCheck = 0;

// A review or a mock interview (issue 8: an update never reloads in the middle of a mock either).
const onReview = (): boolean => isBusyPath(location.pathname);

// The new version took control of this page: reload into it, but never in the middle of a review (issue 5).
// The plugin's default reloads at once; that would hit a review open in a second tab when the user
// accepts the update in the first one. Here the reload waits until that tab leaves /review.
function reloadOutsideReview(): void {
  if (!onReview()) return location.reload();
  const timer = setInterval(() => {
    if (onReview()) return;
    clearInterval(timer);
    location.reload();
  }, 500);
}

// An installed app can stay open for days without a navigation (which is when browsers look for a new
// service worker), so look quietly at most once an hour, and when the app comes back to the foreground.
function checkQuietly(): void {
  if (!registration || !navigator.onLine || Date.now() - lastCheck < QUIET_CHECK_EVERY_MS) return;
  lastCheck = Date.now();
  registration.update().catch(() => undefined);
}

/** Registers the service worker and wires its events to the UI stores. */
export function startServiceWorker(): void {
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      updateAvailable.set(true);
      if (updateCheck.get() === 'checking') updateCheck.set('found');
    },
    onNeedReload: reloadOutsideReview,
    // Fires once, when the first service worker has precached the app (not for an update).
    onOfflineReady: () => offlineReady.set(true),
    onRegisteredSW: (_url, reg) => {
      registration = reg;
      lastCheck = Date.now();
      setInterval(checkQuietly, QUIET_CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') checkQuietly();
      });
    },
    onRegisterError: (error: unknown) => console.error('service worker registration failed', error),
  });
}

/** How long after "Reload to update" the page reloads anyway if the waiting version has not taken over. */
const ASK_AGAIN_MS = 3000;

/** Activates the waiting version; the page reloads into it once it takes control. Only called when the user asks. */
export async function acceptUpdate(): Promise<void> {
  // The reload rides on workbox-window's own idea of which worker is this page's; since the user asked, the page
  // also reloads on any change of controller. Chromium swaps versions only once the old worker is idle, and now and
  // then (pwa-update.test.mjs, about one run in two on a busy 2-core machine) it sat waiting with the old worker
  // running until the page navigated. So a version still waiting after ASK_AGAIN_MS is asked again and the page
  // reloads: the navigation lets the swap finish, and should it still be waiting, the reloaded page offers the update
  // again and reloads itself once the swap is done (workbox-window's "controlling", registered by onNeedRefresh).
  navigator.serviceWorker.addEventListener('controllerchange', reloadOutsideReview, { once: true });
  await applyUpdate?.(true);
  setTimeout(() => {
    if (!registration?.waiting) return;
    registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    reloadOutsideReview();
  }, ASK_AGAIN_MS);
}
