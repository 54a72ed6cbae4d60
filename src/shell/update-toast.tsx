// "Update available": shown outside a review or a mock interview, so a new version never interrupts a session.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { updateAvailable } from '../pwa/state';
import { acceptUpdate } from '../pwa/register';
import { useStore } from '../ui/use-store';
import { isBusyPath } from '../lib/busy-paths';

/** A polite banner offering the waiting version; "Later" hides it until the next start. */
export function UpdateToast() {
  const available = useStore(updateAvailable);
  const { path } = useLocation();
  const [dismissed, setDismissed] = useState(false);
  if (!available || dismissed || isBusyPath(path)) return null;
  return (
    <div class="toast banner" role="status">
      <span>Update available. Your progress is saved.</span>
      <span class="row">
        <button type="button" onClick={() => setDismissed(true)}>
          Later
        </button>
        <button type="button" class="primary" onClick={() => void acceptUpdate()}>
          Reload to update
        </button>
      </span>
    </div>
  );
}
