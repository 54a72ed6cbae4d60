// The service worker's notices, outside a review or a mock interview so they never interrupt a session:
// "Update available" and, once, "Ready to work offline". One toast, a polite live region.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { offlineReady, updateAvailable } from '../pwa/state';
import { acceptUpdate } from '../pwa/register';
import { useStore } from '../ui/use-store';
import { isBusyPath } from '../lib/busy-paths';

/** The waiting version ("Later" hides it until the next start), else the one-time "Ready to work offline". */
export function UpdateToast() {
  const available = useStore(updateAvailable);
  const ready = useStore(offlineReady);
  const { path } = useLocation();
  const [dismissed, setDismissed] = useState(false);
  // Where the browser has no install prompt (Safari, Firefox), the offline notice says how to install it there. The
  // advice loads with the notice, not on the first load (its 50 KB budget); Chromium's notice stays one short line.
  const [steps, setSteps] = useState('');
  useEffect(() => {
    if (ready)
      void import('../pwa/install').then(
        (m) => setSteps(m.currentInstallSteps()),
        () => undefined,
      );
  }, [ready]);
  if (isBusyPath(path)) return null;
  if (available && !dismissed) {
    return (
      <Toast text="Update available. Your progress is saved.">
        <button type="button" onClick={() => setDismissed(true)}>
          Later
        </button>
        <button type="button" class="primary" onClick={() => void acceptUpdate()}>
          Reload to update
        </button>
      </Toast>
    );
  }
  if (!ready) return null;
  // One short line: a two-line notice painted when the precache finishes (about 1.5 s into a first visit) was the
  // largest text on Today, so it became the page's Largest Contentful Paint (Lighthouse performance 99, issue 13).
  return (
    <Toast text={steps ? `Ready to work offline. ${steps}` : 'Ready to work offline.'}>
      <button type="button" onClick={() => offlineReady.set(false)}>
        OK
      </button>
    </Toast>
  );
}

/** A notice pinned above the navigation, with its buttons. */
function Toast({ text, children }: { text: string; children: ComponentChildren }) {
  return (
    <div class="toast banner" role="status">
      <span>{text}</span>
      <span class="row">{children}</span>
    </div>
  );
}
