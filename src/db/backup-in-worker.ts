// Imports a backup file in a worker (backup-worker.ts), so reading, parsing, checking and saving a big
// file never hold the main thread; the page only hears progress and the outcome.
import { GateError } from '../srs/log-gate';
import { importBackupText, type FullImportResult } from './backup-mocks';
import { db } from './instance';
import type { ImportProgress } from './import-rows';

/**
 * How long the worker may go without a word before the import is given up. Every phase reports progress at least
 * this often even for a 200,000-grade file, so silence this long means the worker is waiting for the database,
 * which another tab (or a page Safari keeps in its back/forward cache) holds.
 */
export const STALL_MS = 30_000;

/** Why an import the database never let start was given up (it changed nothing: its one transaction never ran). */
export const STALLED_REASON =
  'Rehearse could not get its database, which another Rehearse tab or window may be holding. Close other Rehearse tabs and try again';

/** What the page sends the worker: the file (a File crosses to a worker without being read) and the clock. */
export interface WorkerRequest {
  file: File;
  now: number;
}

/** What the worker sends back: progress, then the outcome. */
export type WorkerReply =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; result: FullImportResult }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; name: string; message: string; inner?: string };

/**
 * Reads, checks and imports a backup file off the main thread: resolves with what it added, or rejects with a
 * GateError (the file is refused) or a storage error (name and inner name kept for describeStorageError).
 * Either way, a refused or failed import changed nothing.
 */
export function importBackupFile(
  file: File,
  onProgress: (p: ImportProgress) => void,
  now: number = Date.now(),
  stallMs: number = STALL_MS,
): Promise<FullImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
    let heard = false;
    // A watchdog, never a silent hang: ending the worker closes its connection, which aborts its open transaction.
    let watchdog = 0;
    const stop = (): void => {
      clearTimeout(watchdog);
      worker.terminate();
    };
    const watch = (): void => {
      clearTimeout(watchdog);
      watchdog = self.setTimeout(() => {
        stop();
        reject(new GateError(STALLED_REASON));
      }, stallMs);
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      heard = true;
      watch();
      if (data.kind === 'progress') return onProgress(data.progress);
      stop();
      if (data.kind === 'done') resolve(data.result);
      else if (data.kind === 'refused') reject(new GateError(data.reason));
      else reject(Object.assign(new Error(data.message), { name: data.name, inner: data.inner && { name: data.inner } }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      // A worker that never started (a browser without module workers) imports in the page instead:
      // slower to show, but the same checks and the same one transaction.
      if (!heard)
        file
          .text()
          .then((text) => importBackupText(db, text, onProgress, now))
          .then(resolve, reject);
      else reject(new Error(`the import stopped: ${event.message}`));
    };
    watch();
    worker.postMessage({ file, now } satisfies WorkerRequest);
  });
}
