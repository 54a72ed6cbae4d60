// Keeps Chromium's install offer for later; apart from install.ts (first-load split: ARCHITECTURE.md).
import { installPrompt, type InstallPromptEvent } from './state';

/** Listens for the browser's install offer and clears it once installed. */
export function listenForInstall(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.set(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => installPrompt.set(null));
}
