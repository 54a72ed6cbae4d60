// "Share to Rehearse": the service worker (public/share-target.js) keeps a file shared to the installed app in a
// cache of its own; the Decks screen takes it from here. Feature-detected: without Cache Storage nothing is shared.

/** The cache and key public/share-target.js writes the shared file to. */
const SHARED_CACHE = 'rehearse-shared-deck';
const SHARED_KEY = '/shared-deck';

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
