// Starts everything service-worker related; loaded after the first paint.
import { startServiceWorker } from './register';

export { acceptUpdate, checkForUpdates } from './register';
export { install } from './install';

/** Registers the service worker, if the browser has them. */
export function bootPwa(): void {
  if ('serviceWorker' in navigator) startServiceWorker();
}
