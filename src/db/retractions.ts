// Retractions: review rows deleted on purpose while sync is on, so the deletion reaches every device and a
// pull never brings the row back. The log is a grow-only set; a retraction is the one way out of it.
import type { RehearseDb } from './schema';
import { deleteReviews } from './delete-reviews';

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
  return deleteReviews(db, { ids }, 'pulled', now);
}
