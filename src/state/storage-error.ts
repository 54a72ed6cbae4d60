// The last IndexedDB failure a screen hit, so the app can say so instead of loading forever.
import { createStore } from '../lib/store';

/** A plain message about why progress cannot be read or saved, or null when all is well. */
export const storageError = createStore<string | null>(null);

/** Says in words a user can act on why storage failed. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = (error as Error | null)?.message ?? String(error);
  if ([name, inner].includes('QuotaExceededError') || /quota/i.test(message)) {
    return 'your device is out of storage space; free some space and try again';
  }
  if ([name, inner].includes('VersionError')) return 'your progress was saved by a newer version of Rehearse; reload to get it';
  if (name === 'MissingAPIError' || /indexedDB/i.test(message)) {
    return 'this browser gives Rehearse no storage (private browsing can do this), so progress cannot be saved';
  }
  return `storage failed: ${message}`;
}

/** Records a storage failure for the app-wide banner. */
export function reportStorageError(error: unknown): void {
  storageError.set(`Rehearse cannot open its storage: ${describeStorageError(error)}.`);
}
