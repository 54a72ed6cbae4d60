// Whether this device teaches or takes part in a class: read after the first screen to decide whether class sync runs. Apart
// from classes.ts so the check is small.
import type { RehearseDb } from './schema';

/** True when this device has joined or started at least one class. */
export async function inAnyClass(db: RehearseDb): Promise<boolean> {
  return (await db.classes.count()) > 0;
}
