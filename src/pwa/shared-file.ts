// The page's half of "Share to Rehearse": the service worker keeps a shared deck file in Cache Storage
// (src/pwa/share-target.ts) and the Decks screen takes it from here. Without Cache Storage nothing is shared.
import { SHARED_CACHE, SHARED_KEY } from './share-target';

/** The deck file last shared to the app, if any; it is removed as it is taken, so it is offered once. */
export async function takeSharedFile(): Promise<File | null> {
  if (typeof caches === 'undefined' || !(await caches.has(SHARED_CACHE))) return null;
  const cache = await caches.open(SHARED_CACHE);
  const response = await cache.match(SHARED_KEY);
  if (!response) return null;
  await cache.delete(SHARED_KEY);
  const name = decodeURIComponent(response.headers.get('X-File-Name') ?? 'shared.md');
  return new File([await response.blob()], name, { type: 'text/markdown' });
}
