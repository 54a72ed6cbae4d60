// Registers the service worker (prompt mode): a new version waits until the user accepts it.
import { registerSW } from 'virtual:pwa-register';
import { updateAvailable, updateCheck } from './state';
import { isBusyPath } from '../lib/busy-paths';

const QUIET_CHECK_EVERY_MS = 60 * 60 * 1000;
// How long "Check for updates" waits for a registration still under way before saying so.
const REGISTRATION_WAIT_MS = 10_000;

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;
let registrationFailed = false;
let lastCheck = 0;
let settle: (reg: ServiceWorkerRegistration | undefined) => void = () => undefined;
const registered = new Promise<ServiceWorkerRegistration | undefined>((resolve) => (settle = resolve));

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
    onRegisteredSW: (_url, reg) => {
      registration = reg;
      settle(reg);
      lastCheck = Date.now();
      setInterval(checkQuietly, QUIET_CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') checkQuietly();
      });
    },
    onRegisterError: (error: unknown) => {
      registrationFailed = true;
      settle(undefined);
      console.error('service worker registration failed', error);
    },
  });
}

/** Activates the waiting version; the page reloads into it once it takes control. Only called when the user asks. */
export async function acceptUpdate(): Promise<void> {
  await applyUpdate?.(true);
}

/** Asks the server for a newer version now; the result lands in `updateCheck`. */
export async function checkForUpdates(): Promise<void> {
  updateCheck.set('checking');
  // The worker registers after the page has loaded, so a click right after a load used to find no
  // registration and blame the network (issue 14): wait for it, a bounded while, then say what is true.
  const possible = 'serviceWorker' in navigator && !registrationFailed;
  const timeout = (): Promise<undefined> => new Promise((resolve) => setTimeout(resolve, REGISTRATION_WAIT_MS));
  const reg = registration ?? (possible ? await Promise.race([registered, timeout()]) : undefined);
  if (!reg) {
    updateCheck.set(possible && !registrationFailed ? 'starting' : 'unsupported');
    return;
  }
  try {
    lastCheck = Date.now();
    await reg.update();
    // A worker installing beside an active one is a new version; on a first visit it is this very version.
    const found = (Boolean(reg.waiting || reg.installing) && Boolean(reg.active)) || updateAvailable.get();
    // An installing worker reports through onNeedRefresh once it is waiting.
    if (updateCheck.get() === 'checking') updateCheck.set(found ? 'found' : 'current');
  } catch {
    updateCheck.set('failed');
  }
}
