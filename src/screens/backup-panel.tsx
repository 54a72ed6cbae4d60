// Settings panel: export the review log to a file, and import one (a merge that never loses a grade).
import { useState } from 'preact/hooks';
import { exportBackup, importBackupText, markBackupMade } from '../db/backup';
import { db } from '../db/instance';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Backup export and import, with the date of the last backup. */
export function BackupPanel({ lastBackup }: { lastBackup: number }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const onExport = async (): Promise<void> => {
    const backup = await exportBackup(db);
    download(`rehearse-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup));
    await markBackupMade(db, backup);
    setMessage({ error: false, text: `Exported ${backup.reviews.length} grades.` });
  };

  const onImport = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await importBackupText(db, await file.text());
      setMessage({ error: false, text: `Imported ${result.added} new grades; ${result.alreadyPresent} were already here.` });
    } catch (error) {
      setMessage({ error: true, text: `Nothing was imported from ${file.name}: ${(error as Error).message}. Your progress is unchanged.` });
    }
  };

  return (
    <section class="panel" aria-labelledby="backup">
      <h2 id="backup">Backup</h2>
      <p data-testid="last-backup">{lastBackup ? `Last backup: ${dateTime.format(lastBackup)}.` : 'No backup made yet.'}</p>
      <div class="row">
        <button type="button" onClick={() => void onExport().catch((e: Error) => setMessage({ error: true, text: `Export failed: ${e.message}` }))}>
          Export backup
        </button>
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
