// When class sync runs: at start, a few seconds after grades (a session's summary), and when the device
// comes back online (a summary queued offline). Independent of personal sync, which may be off.
import { db } from '../db/instance';
import { listClasses, markSummariesDue, type ClassRow } from '../db/classes';
import { watchReviewWrites } from '../db/sync-store';
import { syncAllClasses } from './class-sync';
import { inAnyClass } from '../db/in-class';

const AFTER_GRADES_MS = 8000;
let started = false;
let running: Promise<void> | null = null;

/** Runs class sync now (one at a time; a call during a run waits for it, then runs again). */
export async function classSyncNow(): Promise<void> {
  while (running) await running;
  running = syncAllClasses(db).finally(() => (running = null));
  return running;
}

export { CLOSED } from './class-sync';

/** Whether this device teaches or takes part in a class. */
export function inAClass(): Promise<boolean> {
  return inAnyClass(db);
}

/** "Sync now": a summary is due for every class that shares, then class sync runs; returns the classes as they stand after. */
export async function syncClassesNow(): Promise<ClassRow[]> {
  await markSummariesDue(db);
  await classSyncNow();
  return listClasses(db);
}

/** Starts class sync's triggers once per page. */
export function startClassAutoSync(): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watchReviewWrites(db, () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        void markSummariesDue(db)
          .then(() => classSyncNow())
          .catch(() => undefined),
      AFTER_GRADES_MS,
    );
  });
  addEventListener('online', () => void classSyncNow().catch(() => undefined));
  void classSyncNow().catch(() => undefined);
}

/** Starts class sync when this device teaches or takes part in a class (read at start; class sync runs with personal sync off). */
export async function startClassSyncIfInAClass(): Promise<void> {
  if (await inAnyClass(db)) startClassAutoSync();
}
