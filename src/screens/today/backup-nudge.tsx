// A nudge on Today to export a backup when real work is at risk: at least 30 grades logged since the last
// backup (or ever, with none), the oldest of them more than 7 days ago. Progress lives only on this device.
import { workSince } from '../../db/work-since';
import { db } from '../../db/instance';

/** Grades since the last backup before the nudge shows. */
export const NUDGE_GRADES = 30;
/** Days the oldest unsaved grade must be old before the nudge shows. */
export const NUDGE_DAYS = 7;

/** The work at risk since the last backup at `lastBackup` (Today reads it with its other data). */
export type UnsavedWork = Awaited<ReturnType<typeof workSince>>;

/** Reads the work logged since the last backup, as far as the nudge needs to know. */
export function unsavedWork(lastBackup: number): Promise<UnsavedWork> {
  return workSince(db, lastBackup, NUDGE_GRADES);
}

/** The backup nudge, or nothing. */
export function BackupNudge({ work, lastBackup, now }: { work: UnsavedWork; lastBackup: number; now: number }) {
  if (work.grades < NUDGE_GRADES || work.oldest === null || now - work.oldest < NUDGE_DAYS * 86_400_000) return null;
  return (
    <p class="banner backup-nudge">
      {lastBackup ? 'Your last backup is more than a week old' : 'You have never made a backup'} and you have graded {NUDGE_GRADES}+ cards
      since. Your progress lives only on this device: <a href="/settings#backup">export a backup</a>.
    </p>
  );
}
