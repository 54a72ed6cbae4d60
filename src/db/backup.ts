// Backup version 1, the review log: its format, the check every file's log passes (through the log gate)
// and its export. backup-mocks.ts reads and imports files of every version.
import { admitRows, GateError, quote, wholeNumber } from '../srs/log-gate';
import { countedIds } from '../srs/fold';
import type { RehearseDb, ReviewRow } from './schema';
import type { ImportResult, ImportProgress } from './import-rows';
import { saveSetting } from './settings';

/** The format marker every backup file carries. */
export const BACKUP_FORMAT = 'rehearse-backup';
/** The largest backup file read (about four times 200,000 reviews). */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
const TOP_FIELDS = new Set(['format', 'version', 'exportedAt', 'reviews']);

/** A backup file: the whole review log. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  reviews: ReviewRow[];
}

export type { ImportResult, ImportProgress };

/** Parses a backup file's text as JSON, refusing what no Rehearse backup can be (too large, too deep, not JSON). */
export function parseJson(text: string): unknown {
  if (text.length > MAX_BACKUP_CHARS) throw new GateError('this file is larger than any Rehearse backup (over 200 MB)');
  try {
    return JSON.parse(text);
  } catch (error) {
    // A file nested thousands deep overflows the parser's stack (issue 14: it surfaced as a RangeError).
    if (error instanceof RangeError) throw new GateError('this file is nested far deeper than a Rehearse backup');
    throw new GateError('this file is not JSON (is it a Rehearse backup?)');
  }
}

/** Checks a parsed version-1 backup; every row goes through the log gate. Throws a GateError saying what is wrong. */
export function checkBackup(data: unknown, now: number = Date.now(), onProgress?: (p: ImportProgress) => void): Backup {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new GateError('this file is not a Rehearse backup');
  const b = data as Record<string, unknown>;
  if (b.format !== BACKUP_FORMAT) throw new GateError('this file is not a Rehearse backup');
  if (b.version !== 1)
    throw new GateError(
      `this backup is version ${wholeNumber(b.version, 0, 1e6) ? b.version : quote(b.version)}, which this version of Rehearse cannot read (update Rehearse and try again)`,
    );
  const extra = Object.keys(b).find((k) => !TOP_FIELDS.has(k));
  if (extra !== undefined) throw new GateError(`the backup has a field Rehearse does not write (${quote(extra)})`);
  if (typeof b.exportedAt !== 'string' || b.exportedAt.length > 40 || !Number.isFinite(Date.parse(b.exportedAt)))
    throw new GateError('the backup has no valid export date');
  if (!Array.isArray(b.reviews)) throw new GateError('the backup has no list of reviews');
  const total = b.reviews.length;
  const reviews = admitRows(b.reviews, now, onProgress && ((done) => onProgress({ phase: 'checking', done, total })));
  return { format: BACKUP_FORMAT, version: 1, exportedAt: b.exportedAt, reviews };
}

/**
 * The whole review log as a backup. Each row also says whether the fold counts it as an SM-2 repetition,
 * so a copy of Rehearse from before issue 14 (which requires that mark) can still read the file.
 */
export async function exportBackup(db: RehearseDb, now: number = Date.now()): Promise<Backup> {
  const rows = await db.reviews.orderBy('time').toArray();
  const byCard = new Map<string, ReviewRow[]>();
  for (const row of rows) (byCard.get(row.cardKey) ?? byCard.set(row.cardKey, []).get(row.cardKey)!).push(row);
  const counted = new Set<string>();
  for (const log of byCard.values()) for (const id of countedIds(log)) counted.add(id);
  const reviews = rows.map((row) => ({ ...row, counted: counted.has(row.id) }));
  return { format: BACKUP_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), reviews };
}

/** Remembers when a backup file was handed to the user, for Settings to show. */
export async function markBackupMade(db: RehearseDb, backup: Pick<Backup, 'exportedAt'>): Promise<void> {
  await saveSetting(db, 'lastBackup', Date.parse(backup.exportedAt));
}
