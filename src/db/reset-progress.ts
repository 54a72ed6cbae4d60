// "Reset progress": the one place that deletes everything a user did (Settings loads it, not the first load).
import type { RehearseDb } from './schema';
import { deleteReviews, deletionTables } from './delete-reviews';

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
