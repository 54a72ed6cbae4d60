// When sync runs: on start, a few seconds after grades or a deck import, when the device comes back online,
// and on "Sync now". One sync at a time; what happened is kept in a store for Settings to show.
import { db } from '../db/instance';
import { getSyncMeta, refusedRows, resetSync, setSyncMeta, waitingCount, watchReviewWrites } from '../db/sync-store';
import { waitingRetractions } from '../db/retractions';
import { decksKeptHere } from '../db/deck-sync-store';
import { storedCredential } from '../db/sync-credential';
import { createStore } from '../lib/store';
import { SyncError, type Credential } from './api';
import { syncOnce } from './engine';

/** What Settings shows about sync. */
export interface SyncStatus {
  on: boolean;
  running: boolean;
  lastSynced: number;
  waiting: number;
  /** Grades deleted here on purpose (undo, reset) whose deletion the server does not hold yet. */
  deletionsWaiting: number;
  /** Grades the log gate refuses, which stay on this device, and why (the first one's reason). */
  refused: number;
  refusedWhy: string;
  /** Imported deck versions the server refused (say, the same version with other content), and the first one's reason. */
  decksRefused: number;
  decksRefusedWhy: string;
  /** A plain-words problem, or '' when all is well. Being offline is not a problem. */
  error: string;
  offline: boolean;
}

/** The sync status, updated by every sync. */
export const syncStatus = createStore<SyncStatus>({
  on: false,
  running: false,
  lastSynced: 0,
  waiting: 0,
  deletionsWaiting: 0,
  refused: 0,
  refusedWhy: '',
  decksRefused: 0,
  decksRefusedWhy: '',
  error: '',
  offline: false,
});

const AFTER_GRADES_MS = 8000;
let running: Promise<void> | null = null;
let again = false;
let stopWatching: (() => void) | null = null;

// Reads the status: only when Settings shows it and after a sync, never on a grade ("waiting" is a
// diff of primary keys, but even that is not worth doing on the review path).
async function refresh(extra: Partial<SyncStatus> = {}): Promise<void> {
  const credential = await storedCredential<Credential>(db);
  const refused = await refusedRows(db);
  const decksRefused = await decksKeptHere(db);
  const read = {
    on: Boolean(credential),
    lastSynced: (await getSyncMeta<number>(db, 'lastSynced')) ?? 0,
    waiting: await waitingCount(db),
    deletionsWaiting: await waitingRetractions(db),
    refused: refused.size,
    refusedWhy: refused.values().next().value ?? '',
    decksRefused: decksRefused.size,
    decksRefusedWhy: decksRefused.values().next().value ?? '',
  };
  // The current status is read only now, after every await. Why: spreading it before them kept a stale
  // `running: true` from a sync that finished meanwhile, and Settings said "Syncing…" until the next sync
  // (tests/e2e/sync-two-profiles.test.mjs, "Sync now" never came back while offline).
  syncStatus.set({ ...syncStatus.get(), ...read, ...extra });
}

async function runOnce(): Promise<void> {
  const credential = await storedCredential<Credential>(db);
  if (!credential) return refresh();
  syncStatus.set({ ...syncStatus.get(), running: true });
  try {
    await syncOnce(db, credential);
    await refresh({ running: false, error: '', offline: false });
  } catch (e) {
    const offline = e instanceof SyncError && e.offline;
    const error = offline
      ? ''
      : e instanceof SyncError && e.status === 401
        ? 'This device was removed from the sync space. Pair it again to sync.'
        : (e as Error).message;
    await setSyncMeta(db, 'lastError', error);
    await refresh({ running: false, error, offline });
  }
}

/** Syncs now (or once more right after the sync already running). */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = runOnce().finally(() => {
    running = null;
    if (again) {
      again = false;
      void syncNow();
    }
  });
  return running;
}

/** Starts the triggers (idempotent): now, after grades (debounced), and on coming back online. */
export function startAutoSync(): void {
  if (stopWatching) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A write to the log (or the decks: an import) only (re)starts the debounce timer: nothing is read on the review path.
  const stop = watchReviewWrites(db, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), AFTER_GRADES_MS);
  }, ['reviews', 'decks']);
  stopWatching = () => (stop(), clearTimeout(timer));
  window.addEventListener('online', () => void syncNow());
  void syncNow();
}

/** Saves a credential (sync is then on) and starts syncing. */
export async function turnOn(credential: Credential): Promise<void> {
  await resetSync(db, credential);
  startAutoSync();
  await syncNow();
}

/** Forgets the credential on this device (the data stays); sync stops. */
export async function turnOff(): Promise<void> {
  await resetSync(db, null);
  stopWatching?.();
  stopWatching = null;
  await refresh({ error: '', offline: false });
}

/** Loads the status for Settings. */
export function loadStatus(): Promise<void> {
  return refresh();
}
