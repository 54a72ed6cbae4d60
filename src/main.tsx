// Entry point: apply the saved theme, load the deck, render the app, then register the service worker.
import { render } from 'preact';
import { App } from './app';
import { db, loadBuiltinDeck } from './app-state';
import { loadSettings } from './db/settings';
import { applyTheme } from './ui/theme';
import { listenForInstall } from './pwa/install';
import './styles.css';

// Listen before anything else: Chromium may offer the install prompt early on a repeat visit.
listenForInstall();

void loadSettings(db)
  .then((s) => applyTheme(s.theme))
  .catch(() => applyTheme('system'));

// The service worker code (workbox-window) is not needed to paint the first screen: load it after.
const pwa = import('./pwa/boot');
void pwa.then((m) => m.bootPwa());

const root = document.getElementById('app')!;
loadBuiltinDeck().then(
  () => {
    root.textContent = ''; // drop the static loading shell from index.html
    render(<App onAcceptUpdate={() => void pwa.then((m) => m.acceptUpdate())} />, root);
  },
  (error: unknown) => {
    root.textContent = `Rehearse could not start: ${(error as Error).message}. Reload to try again.`;
    root.setAttribute('role', 'alert');
  },
);
