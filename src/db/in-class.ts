// Whether this device teaches or takes part in a class: read at start to decide whether class sync loads. Apart
// from classes.ts so the first load carries only this one read (ARCHITECTURE.md, "First load").
import type { RehearseDb } from './schema';

/** True when this device has joined or started at least one class. */
export async function inAnyClass(db: RehearseDb): Promise<boolean> {
  return (await db.classes.count()) > 0;
}
