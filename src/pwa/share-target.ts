// "Share to Rehearse" (issue 10): the manifest's share_target POSTs a shared .md file to /share-target as
// multipart form data. A page cannot receive a POST, so the service worker does: vite.config.ts registers these
// two functions as a Workbox route, copied into the generated worker as their source text. That is why they
// refer to nothing outside themselves (the cache and key are written out; a unit test checks they match).
// An importScripts() file was tried first and stopped "Reload to update" from reloading (pwa-update tests).

/** The Cache Storage cache that holds a shared deck file until the Decks screen takes it. */
export const SHARED_CACHE = 'rehearse-shared-deck';
/** The key of the shared file in that cache. */
export const SHARED_KEY = '/shared-deck';
/** Where the share target POSTs (the manifest's share_target.action). */
export const SHARE_ACTION = '/share-target';

/** Matches the share target's POST (Workbox route matcher; runs in the service worker). */
export function isShareTarget({ url }: { url: URL }): boolean {
  return url.pathname === '/share-target';
}

/** Keeps the shared file in a cache and sends the app to the Decks screen, which previews it (runs in the service worker). */
export async function receiveSharedDeck({ request }: { request: Request }): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const file = form?.getAll('deck').find((f): f is File => typeof f === 'object' && f !== null && 'text' in f);
  if (!file) return Response.redirect('/decks?shared=none', 303);
  const cache = await caches.open('rehearse-shared-deck');
  const headers = { 'Content-Type': 'text/markdown', 'X-File-Name': encodeURIComponent(file.name || 'shared.md') };
  await cache.put('/shared-deck', new Response(file, { headers }));
  return Response.redirect('/decks?shared=1', 303);
}
