// Entry point: apply the saved theme, load the decks, render the app, then register the service worker and
// record new built-in deck versions.
import { render } from 'preact';
import { App } from './app';
import { db, openDb } from './db/instance';
import { syncIsOn } from './db/sync-credential';
import { loadDecks } from './state/deck';
import { loadSettings } from './db/settings';
import { applyTheme } from './shell/theme';
import { listenForInstall } from './pwa/install-listener';
import { startServiceWorker } from './pwa/register';
import { reportStorageError } from './state/storage-error';
import { firstScreen } from './shell/first-screen';
import './styles.css';

// Listen before anything else: Chromium may offer the install prompt early on a repeat visit.
listenForInstall();

void loadSettings(db)
  .then((s) => applyTheme(s.theme))
  .catch(() => applyTheme('system'));

const root = document.getElementById('app')!;
// Open storage up front: if it fails, the app says why at once (and Browse still shows the deck).
const storageOpen = openDb().then(
  () => true,
  (error: unknown) => (reportStorageError(error), false),
);

loadDecks(storageOpen).then(
  (reconcileDecks) => {
    performance.mark('rehearse:decks');
    root.textContent = ''; // drop the static loading shell from index.html
    render(<App />, root);
    performance.mark('rehearse:render');
    // Neither the service worker nor the built-in deck versions are needed for the first screen: both start
    // once the page has loaded and the first screen has shown (src/shell/first-screen.ts), the versions when the
    // page is idle too (comparing them rarely finds news).
    // (The service worker precaches the other screens, so later taps open them from the cache.)
    const afterLoad = async (): Promise<void> => {
      await firstScreen;
      startServiceWorker(); // does nothing where service workers are missing (registerSW checks)
      // Class sync, when this device takes part in a class (it runs with personal sync off): its chunk decides.
      void import('./sync/class-auto').then((m) => m.startClassSyncIfInAClass()).catch(() => undefined);
      const reconcile = (): void => {
        void reconcileDecks()
          .then(() => performance.mark('rehearse:reconciled'))
          .catch(() => undefined);
        // One-time upkeep of the database (a refold after an upgrade, Stats' kept totals), in its own chunk.
        void storageOpen.then(async (ok) => ok && (await import('./db/idle-upkeep')).runIdleUpkeep(db)).catch(() => undefined);
      };
      // Safari has no requestIdleCallback.
      if ('requestIdleCallback' in window) requestIdleCallback(reconcile, { timeout: 5000 });
      else setTimeout(reconcile, 500);
    };
    // Sync, when it is on, loads as its own chunk after the first screen.
    void syncIsOn(db).then(async (on) => on && (await import('./sync/auto')).startAutoSync());
    if (document.readyState === 'complete') void afterLoad();
    else window.addEventListener('load', () => void afterLoad(), { once: true });
  },
  (error: unknown) => {
    root.textContent = `Rehearse could not start: ${(error as Error).message}. Reload to try again.`;
    root.setAttribute('role', 'alert');
  },
);
