// "Check for updates" (Settings): asks the server for a newer version now. Loaded with Settings, not on the first load.
import { updateAvailable, updateCheck } from './state';

// How long a check waits for a service worker still registering or installing before saying so.
const REGISTRATION_WAIT_MS = 10_000;

/** Asks the server for a newer version now; the result lands in `updateCheck`. */
export async function checkForUpdates(): Promise<void> {
  if (!('serviceWorker' in navigator)) return updateCheck.set('unsupported');
  updateCheck.set('checking');
  // The worker registers after the page has loaded, so a click right after a load used to find no
  // registration and blame the network (issue 14): wait for it, a bounded while, then say what is true.
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, REGISTRATION_WAIT_MS));
  const reg = await Promise.race([navigator.serviceWorker.ready, timeout]);
  if (!reg) return updateCheck.set('starting');
  try {
    await reg.update();
    const found = Boolean(reg.waiting || reg.installing) || updateAvailable.get();
    // An installing worker reports through onNeedRefresh once it is waiting.
    if (updateCheck.get() === 'checking') updateCheck.set(found ? 'found' : 'current');
  } catch {
    updateCheck.set('failed');
  }
}
