// Upkeep of the database once the first screen is idle, loaded then as its own chunk (ARCHITECTURE.md, "First load").
import type { RehearseDb } from './schema';
import { ACTIVITY_CACHE_KEY } from './activity-key';
import { refoldCardsOnce } from './refold-cards';
import { buildWhenIdle } from './activity-build';

/**
 * Refolds every card once (card rows cached before the fold decided what counts may differ from their log), then
 * builds Stats' per-day totals when there are none yet (the first start after the update that keeps them), a
 * slice per idle period, so the first Stats visit need not read the whole log.
 */
export async function runIdleUpkeep(db: RehearseDb): Promise<void> {
  await refoldCardsOnce(db);
  if (!(await db.meta.get(ACTIVITY_CACHE_KEY))) buildWhenIdle(db);
}
