// Writing a retraction where a grade is deleted on purpose (undo, a deck's "delete its progress too", Reset
// progress). Apart from the rest of the retraction code (first-load split: ARCHITECTURE.md).
import type { RehearseDb, RetractionRow } from './schema';
import { syncIsOn } from './sync-credential';

/**
 * Notes that these review ids were deleted on purpose, when sync is on (with sync off no other copy
 * exists, so a backup made before still restores them). Call it inside the transaction that deletes
 * them, which must include `meta` and `retractions`, so the deletion and its retraction commit together.
 */
export async function noteRetractions(db: RehearseDb, ids: readonly string[], now: number = Date.now()): Promise<void> {
  if (ids.length === 0 || !(await syncIsOn(db))) return;
  await db.retractions.bulkPut(ids.map((id): RetractionRow => ({ id, at: now, pushed: 0 })));
}
