// The app's one open database. Tests make their own RehearseDb instead.
import { releaseOnPageHide } from './release-on-hide';
import { RehearseDb } from './schema';

/** The app's IndexedDB database: pass it to src/db's functions (outside src/db nothing reads into it; lint checks). */
export const db = new RehearseDb();
if (typeof window !== 'undefined') releaseOnPageHide(db);

/** Opens the app's database (the first load does, so a failure is reported at once). */
export function openDb(): Promise<unknown> {
  return db.open();
}
