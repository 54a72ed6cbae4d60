// What the service worker side has to tell the UI: an update waiting, the app cached, and whether install is offered.
import { createStore } from '../lib/store';

/** The install prompt event Chromium fires when the app can be installed. */
export interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** True when a new version is installed and waiting for the user to accept it. */
export const updateAvailable = createStore(false);

/** True once the service worker has cached the app for the first time, until the user dismisses the notice. */
export const offlineReady = createStore(false);

/** The browser's deferred install prompt, or null when it offers none. */
export const installPrompt = createStore<InstallPromptEvent | null>(null);

/**
 * Result of the last "Check for updates": idle, checking, up to date, found, failed (the server was not reached),
 * starting (the service worker is still registering) or unsupported (no service worker runs here).
 */
export const updateCheck = createStore<'idle' | 'checking' | 'current' | 'found' | 'failed' | 'starting' | 'unsupported'>('idle');
