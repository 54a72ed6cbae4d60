// How much work is logged since a time: for the backup nudge on Today (kept apart from the Stats reads, which load lazily).
import type { RehearseDb } from './schema';

/** The oldest of the first `count` grades logged after `since` and how many there are (at most `count`). */
export async function workSince(db: RehearseDb, since: number, count: number): Promise<{ grades: number; oldest: number | null }> {
  const rows = await db.reviews.where('time').above(since).limit(count).toArray();
  return { grades: rows.length, oldest: rows[0]?.time ?? null };
}
