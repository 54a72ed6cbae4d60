// The one write path for rows from outside this device (backups now; sync pulls and deck updates
// later): rows already through the log gate are merged by id and their cards refolded, in one transaction.
import { GateError, sameGrade } from '../srs/log-gate';
import { foldReviews } from '../srs/fold';
import type { RehearseDb, ReviewRow } from './schema';
import { emptyCardRow } from './record';

/** What an import did. */
export interface ImportResult {
  added: number;
  alreadyPresent: number;
}

/** How far an import has come, for a progress bar. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'saving' | 'scheduling';
  done: number;
  total: number;
}

const SLICE = 10_000;

/** Merges admitted rows by id (a different row under a known id refuses everything) and refolds touched cards. */
export async function importRows(db: RehearseDb, rows: readonly ReviewRow[], onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  return db.transaction('rw', db.reviews, db.cards, async () => {
    const fresh: ReviewRow[] = [];
    for (let i = 0; i < rows.length; i += SLICE) {
      const slice = rows.slice(i, i + SLICE);
      const existing = await db.reviews.bulkGet(slice.map((r) => r.id));
      slice.forEach((row, j) => {
        const old = existing[j];
        if (!old) fresh.push(row);
        else if (!sameGrade(old, row)) throw new GateError(`review ${i + j + 1} of ${rows.length} has the id of a different grade already on this device (${row.id})`);
      });
    }
    for (let i = 0; i < fresh.length; i += SLICE) {
      onProgress?.({ phase: 'saving', done: i, total: fresh.length });
      await db.reviews.bulkAdd(fresh.slice(i, i + SLICE));
    }
    const keys = [...new Set(fresh.map((r) => r.cardKey))];
    onProgress?.({ phase: 'scheduling', done: 0, total: keys.length });
    for (let i = 0; i < keys.length; i += SLICE / 10) {
      const slice = keys.slice(i, i + SLICE / 10);
      const logs = new Map<string, ReviewRow[]>(slice.map((k) => [k, []]));
      for (const row of await db.reviews.where('cardKey').anyOf(slice).toArray()) logs.get(row.cardKey)!.push(row);
      await db.cards.bulkPut([...logs.values()].map((log) => ({ ...emptyCardRow(log[0].deckId, log[0].cardId), ...foldReviews(log) })));
      onProgress?.({ phase: 'scheduling', done: Math.min(keys.length, i + SLICE / 10), total: keys.length });
    }
    return { added: fresh.length, alreadyPresent: rows.length - fresh.length };
  });
}
