// Backup: export the review log as JSON; import merges by review id, and a bad file changes nothing.
import type { Mode } from '../srs/queue';
import { cardKey, type RehearseDb, type ReviewRow } from './schema';
import { rebuildCard } from './record';
import { saveSetting } from './settings';

/** The format marker every backup file carries. */
export const BACKUP_FORMAT = 'rehearse-backup';

/** A backup file: the whole review log. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  reviews: ReviewRow[];
}

/** What an import did. */
export interface ImportResult {
  added: number;
  alreadyPresent: number;
}

const MODES: readonly Mode[] = ['review', 'drill', 'interview'];

/** Checks one row of a backup; returns what is wrong with it, or null. */
function rowProblem(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return 'is not an object';
  const r = row as Record<string, unknown>;
  const text = (k: string) => typeof r[k] === 'string' && (r[k] as string).length > 0;
  if (!text('id')) return 'has no id';
  if (!text('deckId') || !text('cardId')) return 'has no deckId or cardId';
  if (r.cardKey !== cardKey(r.deckId as string, r.cardId as string)) return 'has a cardKey that does not match deckId/cardId';
  if (typeof r.time !== 'number' || !Number.isFinite(r.time) || r.time < 0) return 'has no valid time';
  if (!Number.isInteger(r.day)) return 'has no valid day';
  if (!Number.isInteger(r.grade) || (r.grade as number) < 0 || (r.grade as number) > 5) return 'has a grade that is not an integer from 0 to 5';
  if (!Number.isInteger(r.pointCount) || (r.pointCount as number) < 0) return 'has no valid pointCount';
  if (!Array.isArray(r.ticked) || !r.ticked.every((t) => Number.isInteger(t) && t >= 0)) return 'has no valid ticked list';
  if (typeof r.coverage !== 'number' || r.coverage < 0 || r.coverage > 1) return 'has a coverage outside 0–1';
  if (typeof r.durationMs !== 'number' || r.durationMs < 0) return 'has no valid durationMs';
  if (!MODES.includes(r.mode as Mode)) return `has an unknown mode "${String(r.mode)}"`;
  if (typeof r.counted !== 'boolean') return 'has no counted flag';
  if (r.counted && r.mode !== 'review') return `is a ${String(r.mode)} grade marked as an SM-2 repetition`;
  if ((r.ticked as number[]).some((t) => t >= (r.pointCount as number))) return 'ticks more outline points than it has';
  // The local day can differ from the UTC day by at most one (time zones span UTC−12 to UTC+14).
  if (Math.abs((r.day as number) - Math.floor((r.time as number) / 86_400_000)) > 1) return 'has a day that does not match its time';
  return null;
}

/** Parses and validates a backup file's text; throws an Error that says what is wrong. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('this file is not JSON (is it a Rehearse backup?)');
  }
  const b = data as Partial<Backup> | null;
  if (typeof b !== 'object' || b === null || b.format !== BACKUP_FORMAT) throw new Error('this file is not a Rehearse backup');
  if (b.version !== 1) throw new Error(`backup version ${String(b.version)} is not supported by this version of Rehearse`);
  if (!Array.isArray(b.reviews)) throw new Error('the backup has no list of reviews');
  const ids = new Set<string>();
  b.reviews.forEach((row, i) => {
    const problem = rowProblem(row);
    if (problem) throw new Error(`review ${i + 1} of ${b.reviews!.length} ${problem}`);
    if (ids.has(row.id)) throw new Error(`review ${i + 1} repeats the id ${row.id}`);
    ids.add(row.id);
  });
  return b as Backup;
}

/** The whole review log as a backup (nothing is marked as backed up until the file is handed over). */
export async function exportBackup(db: RehearseDb, now: number = Date.now()): Promise<Backup> {
  const reviews = await db.reviews.orderBy('time').toArray();
  return { format: BACKUP_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), reviews };
}

/** Remembers when a backup file was handed to the user, for Settings to show. */
export async function markBackupMade(db: RehearseDb, backup: Backup): Promise<void> {
  await saveSetting(db, 'lastBackup', Date.parse(backup.exportedAt));
}

/** Merges a backup by review id and rebuilds the cards it touched, all in one transaction. */
export async function importBackup(db: RehearseDb, backup: Backup): Promise<ImportResult> {
  return db.transaction('rw', db.reviews, db.cards, async () => {
    const existing = new Set(await db.reviews.where('id').anyOf(backup.reviews.map((r) => r.id)).primaryKeys());
    const fresh = backup.reviews.filter((r) => !existing.has(r.id));
    await db.reviews.bulkAdd(fresh);
    const touched = new Map(fresh.map((r) => [r.cardKey, r]));
    for (const row of touched.values()) await rebuildCard(db, row.deckId, row.cardId);
    return { added: fresh.length, alreadyPresent: backup.reviews.length - fresh.length };
  });
}
