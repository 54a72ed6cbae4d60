// Retractions: review rows deleted on purpose while sync is on, so the deletion reaches every device and a
// pull never brings the row back. The log is a grow-only set; a retraction is the one way out of it.
import type { RehearseDb, RetractionRow } from './schema';
import { countOutOfTotals } from './activity-cache';
import { foldedCardRow, logsByCard } from './card-fold';

/** Up to `limit` retraction ids the sync server does not hold yet. */
export async function unpushedRetractions(db: RehearseDb, limit: number): Promise<string[]> {
  return db.retractions.where('pushed').equals(0).limit(limit).primaryKeys();
}

/** How many retractions wait to be pushed. */
export function waitingRetractions(db: RehearseDb): Promise<number> {
  return db.retractions.where('pushed').equals(0).count();
}

/** Records that the sync server holds these retractions. */
export async function markRetractionsPushed(db: RehearseDb, ids: readonly string[]): Promise<void> {
  await db.retractions.bulkUpdate(ids.map((key) => ({ key, changes: { pushed: 1 as const } })));
}

/** Which of these review ids are retracted on this device. */
export async function retractedAmong(db: RehearseDb, ids: readonly string[]): Promise<Set<string>> {
  const found = await db.retractions.bulkGet([...ids]);
  return new Set(found.flatMap((r) => (r ? [r.id] : [])));
}

/**
 * Applies retractions the sync server holds (another device deleted these grades): deletes the rows, keeps
 * the retractions (as pushed) so a later pull or import cannot bring them back, and refolds each touched
 * card from what is left of its log, all in one transaction. Returns how many rows were deleted here.
 */
export async function applyRetractions(db: RehearseDb, ids: readonly string[], now: number = Date.now()): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', [db.reviews, db.cards, db.retractions, db.syncedIds, db.meta], async () => {
    const rows = (await db.reviews.bulkGet([...ids])).filter((r) => r !== undefined);
    await db.retractions.bulkPut(ids.map((id): RetractionRow => ({ id, at: now, pushed: 1 })));
    await db.reviews.bulkDelete(rows.map((r) => r.id));
    await countOutOfTotals(db, rows);
    await db.syncedIds.bulkDelete([...ids]);
    const logs = await logsByCard(db, new Set(rows.map((r) => r.cardKey)));
    for (const [key, log] of logs) {
      if (log.length === 0) await db.cards.delete(key);
      else await db.cards.put(foldedCardRow(log));
    }
    return rows.length;
  });
}
