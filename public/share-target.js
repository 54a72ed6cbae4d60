// "Share to Rehearse" (issue 10), imported into the generated service worker (vite.config.ts workbox.importScripts):
// the manifest's share_target POSTs a shared .md file here as multipart form data. A page cannot receive a POST,
// so the service worker keeps the file in a cache of its own and sends the app to the Decks screen, which takes
// it from there (src/pwa/shared-file.ts) and shows the usual import preview. Nothing is imported without the user.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.origin !== self.location.origin || url.pathname !== '/share-target') return;
  event.respondWith(
    (async () => {
      const form = await event.request.formData().catch(() => null);
      const file = form ? form.getAll('deck').find((f) => typeof f === 'object' && f !== null && 'text' in f) : undefined;
      if (!file) return Response.redirect('/decks?shared=none', 303);
      const cache = await caches.open('rehearse-shared-deck');
      await cache.put('/shared-deck', new Response(file, { headers: { 'Content-Type': 'text/markdown', 'X-File-Name': encodeURIComponent(file.name || 'shared.md') } }));
      return Response.redirect('/decks?shared=1', 303);
    })(),
  );
});
