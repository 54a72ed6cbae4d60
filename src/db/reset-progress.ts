// "Reset progress": the one place that deletes everything a user did (Settings loads it, not the first load).
import type { RehearseDb } from './schema';
import { deleteReviews, deletionTables } from './delete-reviews';
import { syncIsOn } from './sync-credential';

/**
 * Deletes every review and card state, of every deck, and every mock interview with its recordings, as
 * "Delete all progress?" says and counts (settings are kept). Issue 14: it used to keep other decks' rows,
 * and mock interviews, which the confirmation did not count. With sync on, the grades are retracted, so
 * they are deleted on every device rather than pulled back.
 */
export async function resetProgress(db: RehearseDb): Promise<void> {
  await db.transaction('rw', [db.mocks, db.recordings, ...deletionTables(db)], async () => {
    await deleteReviews(db, 'all', 'here');
    await db.mocks.clear();
    await db.recordings.clear();
  });
}

/** What resetProgress deletes, counted (grades of every deck, mock interviews, recordings), and whether sync is on. */
export async function resetCounts(db: RehearseDb): Promise<{ grades: number; mocks: number; recordings: number; synced: boolean }> {
  return {
    grades: await db.reviews.count(),
    mocks: await db.mocks.count(),
    recordings: await db.recordings.count(),
    synced: await syncIsOn(db),
  };
}
