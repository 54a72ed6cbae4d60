// The one write path for rows from outside this device (backups now; sync pulls and deck updates
// later): rows already through the log gate are merged by id and their cards refolded, in one transaction
// that also counts them into the Stats screen's kept per-day totals.
import { GateError, sameGrade } from '../srs/log-gate';
import type { RehearseDb, ReviewRow } from './schema';
import { foldedCardRow, logsByCard } from './card-fold';
import { countIntoTotals } from './stats';

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
const KEY_SLICE = 1_000;

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// Which of `rows` are already in the log. A big import reads every id in one request instead of one get
// per row (issue 14: 205,000 gets); a small one (a sync pull) gets just its own ids.
async function storedIds(db: RehearseDb, rows: readonly ReviewRow[]): Promise<Set<string>> {
  if (rows.length > SLICE) return new Set(await db.reviews.toCollection().primaryKeys());
  const found = await db.reviews.bulkGet(rows.map((r) => r.id));
  return new Set(found.flatMap((r) => (r ? [r.id] : [])));
}

/** Merges admitted rows by id (a different row under a known id refuses everything) and refolds touched cards. */
export async function importRows(
  db: RehearseDb,
  rows: readonly ReviewRow[],
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return db.transaction('rw', db.reviews, db.cards, db.meta, async () => {
    onProgress?.({ phase: 'saving', done: 0, total: rows.length });
    const stored = await storedIds(db, rows);
    const fresh = rows.filter((r) => !stored.has(r.id));
    const repeats = rows.flatMap((row, i) => (stored.has(row.id) ? [{ row, i }] : []));
    for (const slice of slices(repeats, SLICE)) {
      const existing = await db.reviews.bulkGet(slice.map((r) => r.row.id));
      slice.forEach(({ row, i }, j) => {
        if (!sameGrade(existing[j]!, row))
          throw new GateError(`review ${i + 1} of ${rows.length} has the id of a different grade already on this device (${row.id})`);
      });
    }
    // Each touched card's log: what is stored (read before the new rows go in), then the new rows, so
    // nothing just written is read back.
    const logs = await logsByCard(
      db,
      fresh.map((r) => r.cardKey),
    );
    for (const row of fresh) logs.get(row.cardKey)!.push(row);
    await countIntoTotals(db, fresh);
    let saved = 0;
    for (const slice of slices(fresh, SLICE)) {
      await db.reviews.bulkAdd(slice);
      saved += slice.length;
      onProgress?.({ phase: 'saving', done: saved, total: fresh.length });
    }
    let folded = 0;
    for (const group of slices([...logs.values()], KEY_SLICE)) {
      await db.cards.bulkPut(group.map(foldedCardRow));
      folded += group.length;
      onProgress?.({ phase: 'scheduling', done: folded, total: logs.size });
    }
    return { added: fresh.length, alreadyPresent: rows.length - fresh.length };
  });
}
