// The app-wide banner that says why storage cannot be read or written.
import { storageError } from '../state/storage-error';
import { useStore } from '../ui/use-store';

/** Shows the last storage failure, or nothing. */
export function StorageErrorBanner() {
  const message = useStore(storageError);
  if (!message) return null;
  return (
    <p class="banner error storage-error" role="alert">
      {message}
    </p>
  );
}
