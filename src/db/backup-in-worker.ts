// Imports a backup file in a worker (backup-worker.ts), so reading, parsing, checking and saving a big
// file never hold the main thread; the page only hears progress and the outcome.
import { GateError } from '../srs/log-gate';
import { importBackupText, type FullImportResult } from './backup-mocks';
import { db } from './instance';
import type { ImportProgress } from './import-rows';

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
export function importBackupFile(file: File, onProgress: (p: ImportProgress) => void, now: number = Date.now()): Promise<FullImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
    let heard = false;
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      heard = true;
      if (data.kind === 'progress') return onProgress(data.progress);
      worker.terminate();
      if (data.kind === 'done') resolve(data.result);
      else if (data.kind === 'refused') reject(new GateError(data.reason));
      else reject(Object.assign(new Error(data.message), { name: data.name, inner: data.inner && { name: data.inner } }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that never started (a browser without module workers) imports in the page instead:
      // slower to show, but the same checks and the same one transaction.
      if (!heard) file.text().then((text) => importBackupText(db, text, onProgress, now)).then(resolve, reject);
      else reject(new Error(`the import stopped: ${event.message}`));
    };
    worker.postMessage({ file, now } satisfies WorkerRequest);
  });
}
