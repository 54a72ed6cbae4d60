// Registers the service worker (prompt mode): a new version waits until the user accepts it.
import { registerSW } from 'virtual:pwa-register';
import { updateAvailable, updateCheck } from './state';

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;

/** Registers the service worker and wires its events to the UI stores. */
export function startServiceWorker(): void {
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      updateAvailable.set(true);
      if (updateCheck.get() === 'checking') updateCheck.set('found');
    },
    onRegisteredSW: (_url, reg) => {
      registration = reg;
    },
    onRegisterError: (error: unknown) => console.error('service worker registration failed', error),
  });
}

/** Activates the waiting version and reloads into it. Only called when the user asks. */
export async function acceptUpdate(): Promise<void> {
  await applyUpdate?.(true);
}

/** Asks the server for a newer version now; the result lands in `updateCheck`. */
export async function checkForUpdates(): Promise<void> {
  if (!registration) {
    updateCheck.set('failed');
    return;
  }
  updateCheck.set('checking');
  try {
    await registration.update();
    const found = Boolean(registration.waiting || registration.installing) || updateAvailable.get();
    // An installing worker reports through onNeedRefresh once it is waiting.
    if (updateCheck.get() === 'checking') updateCheck.set(found ? 'found' : 'current');
  } catch {
    updateCheck.set('failed');
  }
}
