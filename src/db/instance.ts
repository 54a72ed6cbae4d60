// The app's one open database. Tests make their own RehearseDb instead.
import { RehearseDb } from './schema';

/** The app's IndexedDB database. */
export const db = new RehearseDb();
