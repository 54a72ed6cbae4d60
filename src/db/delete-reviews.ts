// The one way review rows leave the log. The log is the truth and three things are derived from it: the
// retractions sync sends (so other devices delete the rows too and a pull never brings them back), Stats' kept
// per-day totals, and the card rows (each the fold of its log). Every deletion (undo, a deck's progress, Reset
// progress, a retraction pulled from another device) comes through here, so none of them can forget one.
// Lint refuses a delete, bulkDelete or clear of the reviews table anywhere else (eslint-reviews.js).
import type { RehearseDb, RetractionRow, ReviewRow } from './schema';
import { ACTIVITY_CACHE_KEY, countOutOfTotals } from './activity-cache';
import { foldedCardRow, logsByCard } from './card-fold';
import { noteRetractions } from './retraction-note';

/** Which rows to delete: these ids, every row of a deck, or the whole log. */
export type Deletion = { ids: readonly string[] } | { deckId: string } | 'all';

/**
 * Why they go: `here`, the user deleted them on this device (retracted for sync when sync is on); `pulled`,
 * another device retracted them (kept as pushed retractions, whatever the rows here, so they never return).
 */
export type DeletionCause = 'here' | 'pulled';

/** The tables a deletion writes: a caller's wider transaction must include them all. */
export function deletionTables(db: RehearseDb) {
  return [db.reviews, db.cards, db.meta, db.retractions, db.syncedIds];
}

async function rowsOf(db: RehearseDb, which: Exclude<Deletion, 'all'>): Promise<ReviewRow[]> {
  if ('deckId' in which) return db.reviews.where('deckId').equals(which.deckId).toArray();
  return (await db.reviews.bulkGet([...which.ids])).filter((r) => r !== undefined);
}

async function retract(db: RehearseDb, ids: readonly string[], cause: DeletionCause, now: number): Promise<void> {
  if (cause === 'here') await noteRetractions(db, ids, now);
  else await db.retractions.bulkPut(ids.map((id): RetractionRow => ({ id, at: now, pushed: 1 })));
}

/** Deletes the whole log: every card row goes and the kept totals (of nothing now) with it. */
async function deleteAll(db: RehearseDb, cause: DeletionCause, now: number): Promise<number> {
  const ids = (await db.reviews.toCollection().primaryKeys()) as string[];
  await retract(db, ids, cause, now);
  await db.reviews.clear();
  await db.syncedIds.clear();
  await db.meta.delete(ACTIVITY_CACHE_KEY);
  await db.cards.clear();
  return ids.length;
}

/**
 * Deletes review rows and keeps everything derived from them true, in one transaction (joining the caller's,
 * which must then include deletionTables): notes the retraction, takes the rows out of the kept totals,
 * forgets that the server holds them, and refolds each touched card from what is left of its log (a card left
 * with no log loses its row). Returns how many rows were deleted.
 */
export async function deleteReviews(db: RehearseDb, which: Deletion, cause: DeletionCause, now: number = Date.now()): Promise<number> {
  return db.transaction('rw', deletionTables(db), async () => {
    if (which === 'all') return deleteAll(db, cause, now);
    const rows = await rowsOf(db, which);
    const ids = rows.map((r) => r.id);
    // A pulled retraction is kept even for a row this device does not have, so a later pull or import of it is refused.
    const retracted = cause === 'pulled' && 'ids' in which ? which.ids : ids;
    await retract(db, retracted, cause, now);
    await countOutOfTotals(db, rows);
    await db.reviews.bulkDelete(ids);
    await db.syncedIds.bulkDelete([...retracted]);
    if ('deckId' in which) await db.cards.where('deckId').equals(which.deckId).delete();
    for (const [key, log] of await logsByCard(db, new Set(rows.map((r) => r.cardKey)))) {
      if (log.length === 0) await db.cards.delete(key);
      else await db.cards.put(foldedCardRow(log));
    }
    return rows.length;
  });
}
