// Safari (WebKit) keeps a page it leaves in its back/forward cache with the page's IndexedDB transactions still open
// and their locks held: the page's script is frozen, so a transaction cut mid-way neither commits nor aborts. Every
// later transaction on those tables, in a new page, a reload or the backup import's worker, then waits until WebKit
// drops the cached page (a minute or more). So the page tracks its own open transactions and aborts them as it is
// hidden (an abort keeps each one all-or-nothing, like closing the tab would), and a page brought back from that
// cache after such an abort loads again, so no screen shows a read that was cut short.
import type Dexie from 'dexie';

type Tracked = { abort(): void; addEventListener?: (type: string, listener: () => void) => void };

/** Tracks `db`'s open transactions in this page; on a `pagehide` into the back/forward cache aborts them. Returns how to stop. */
export function releaseOnPageHide(
  db: Dexie,
  target: Pick<Window, 'addEventListener' | 'removeEventListener' | 'location'> = window,
): () => void {
  const open = new Set<Tracked>();
  let aborted = 0;
  db.use({
    stack: 'dbcore',
    name: 'ReleaseOnPageHide',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options) as Tracked;
        // Dexie's own core hands back the IDBTransaction; anything else (no events) is left alone.
        if (typeof tx.addEventListener === 'function') {
          open.add(tx);
          const done = (): void => void open.delete(tx);
          for (const type of ['complete', 'abort', 'error']) tx.addEventListener(type, done);
        }
        return tx;
      },
    }),
  });
  const onHide = (event: Event): void => {
    // Only a page kept in the cache: a page being unloaded closes its connection, and its writes end as usual.
    if (!(event as PageTransitionEvent).persisted) return;
    for (const tx of open) {
      try {
        tx.abort();
        aborted += 1;
      } catch {
        // It finished between its last event and now: nothing to release.
      }
    }
    open.clear();
  };
  const onShow = (event: Event): void => {
    if ((event as PageTransitionEvent).persisted && aborted > 0) target.location.reload();
  };
  target.addEventListener('pagehide', onHide);
  target.addEventListener('pageshow', onShow);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.removeEventListener('pageshow', onShow);
  };
}
