// The backup import's worker: reads, parses, checks and saves a backup file off the main thread, so a
// 50 MB file never freezes the page (issue 14: JSON.parse alone held the main thread for seconds).
// It opens its own connection to the app's database; the page hears progress and the outcome.
import { GateError } from '../srs/log-gate';
import { importBackupText } from './backup-mocks';
import { RehearseDb } from './schema';
import type { WorkerReply, WorkerRequest } from './backup-in-worker';

// Typed with the DOM's globals, which a dedicated worker shares for postMessage and onmessage.
const reply = (message: WorkerReply): void => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const db = new RehearseDb();
  try {
    reply({ kind: 'progress', progress: { phase: 'reading', done: 0, total: data.file.size } });
    const text = await data.file.text();
    const result = await importBackupText(db, text, (progress) => reply({ kind: 'progress', progress }), data.now);
    reply({ kind: 'done', result });
  } catch (error) {
    if (error instanceof GateError) reply({ kind: 'refused', reason: error.message });
    else {
      const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
      reply({ kind: 'failed', name: e?.name ?? 'Error', message: e?.message ?? String(error), inner: e?.inner?.name });
    }
  } finally {
    db.close();
  }
};
