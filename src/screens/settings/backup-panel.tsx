// Settings panel: export the review log and mock interviews to a file (recordings only when asked), and import one
// (a merge that never loses a grade). Files of the first format, the log alone, still import.
import { useState } from 'preact/hooks';
import { markBackupMade } from '../../db/backup';
import { exportFullBackup } from '../../db/backup-mocks';
import { importBackupFile } from '../../db/backup-in-worker';
import type { ImportProgress } from '../../db/import-rows';
import { db } from '../../db/instance';
import { downloadText } from '../../ui/download';
import { GateError } from '../../srs/log-gate';
import { describeStorageError } from '../../state/storage-error';
import { dateAndTime } from '../../ui/format-time';
import { count } from '../../lib/count';

// What the import is doing, in words, for the status line (a big file takes seconds: issue 14).
function progressText(name: string, p: ImportProgress): string {
  if (p.phase === 'reading') return `Reading ${name}…`;
  if (p.phase === 'checking') return p.total ? `Checking ${p.done} of ${count(p.total, 'grade')}…` : `Checking ${name}…`;
  if (p.phase === 'saving') return `Saving ${p.done} of ${count(p.total, 'grade')}…`;
  return `Updating the schedules of ${p.done} of ${count(p.total, 'card')}…`;
}

/** Backup export and import, with the date of the last backup. */
export function BackupPanel({ lastBackup }: { lastBackup: number }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [withRecordings, setWithRecordings] = useState(false);

  const onExport = async (): Promise<void> => {
    const backup = await exportFullBackup(db, withRecordings);
    const name = `rehearse-backup-${backup.exportedAt.slice(0, 10)}.json`;
    downloadText(name, JSON.stringify(backup), 'application/json');
    const recordings = backup.recordings ? ` and ${count(backup.recordings.length, 'recording')}` : '';
    const saved = `Exported ${count(backup.reviews.length, 'grade')}, ${count(backup.mocks.length, 'mock interview')}${recordings} to ${name}.`;
    // The file is already handed over; a full disk can only stop Rehearse noting the date (issue 14).
    await markBackupMade(db, backup).then(
      () => setMessage({ error: false, text: saved }),
      (error: unknown) =>
        setMessage({ error: true, text: `${saved} Rehearse could not note the date of this backup: ${describeStorageError(error)}.` }),
    );
  };

  const onImport = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage({ error: false, text: `Reading ${file.name}…` });
    try {
      const result = await importBackupFile(file, (p) => setMessage({ error: false, text: progressText(file.name, p) }));
      const extra =
        result.mocks || result.recordings
          ? ` Added ${count(result.mocks, 'mock interview')} and ${count(result.recordings, 'recording')}.`
          : '';
      setMessage({
        error: false,
        text: `Imported ${count(result.added, 'new grade')}; ${result.alreadyPresent} ${result.alreadyPresent === 1 ? 'was' : 'were'} already here.${extra}`,
      });
    } catch (error) {
      const reason = error instanceof GateError ? error.message : describeStorageError(error);
      setMessage({ error: true, text: `Nothing was imported from ${file.name}: ${reason}. Your progress is unchanged.` });
    }
  };

  return (
    <section class="panel" aria-labelledby="backup">
      <h2 id="backup">Backup</h2>
      <p data-testid="last-backup">{lastBackup ? `Last backup: ${dateAndTime(lastBackup)}.` : 'No backup made yet.'}</p>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void onExport().catch((e: unknown) => setMessage({ error: true, text: `No backup was made: ${describeStorageError(e)}.` }))
          }
        >
          Export backup
        </button>
        <label class="radio">
          <input type="checkbox" checked={withRecordings} onChange={(e) => setWithRecordings(e.currentTarget.checked)} />
          Include recordings (can be large)
        </label>
        <label class="button">
          Import backup
          <input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => void onImport(e.currentTarget)} />
        </label>
      </div>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'banner error' : 'muted'}>
        {message?.text}
      </p>
    </section>
  );
}
