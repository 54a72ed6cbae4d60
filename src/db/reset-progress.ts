// "Reset progress": the one place that deletes everything a user did (Settings loads it, not the first load).
import type { RehearseDb } from './schema';
import { ACTIVITY_CACHE_KEY } from './activity-cache';
import { noteRetractions } from './retraction-note';

/**
 * Deletes every review and card state, of every deck, and every mock interview with its recordings, as
 * "Delete all progress?" says and counts (settings are kept). Issue 14: it used to keep other decks' rows,
 * and mock interviews, which the confirmation did not count. With sync on, the grades are retracted, so
 * they are deleted on every device rather than pulled back.
 */
export async function resetProgress(db: RehearseDb): Promise<void> {
  await db.transaction('rw', [db.reviews, db.cards, db.mocks, db.recordings, db.meta, db.retractions], async () => {
    await noteRetractions(db, await db.reviews.toCollection().primaryKeys());
    await db.reviews.clear();
    await db.meta.delete(ACTIVITY_CACHE_KEY);
    await db.cards.clear();
    await db.mocks.clear();
    await db.recordings.clear();
  });
}
