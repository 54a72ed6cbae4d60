// Durable storage: ask the browser not to evict the data once the user has done real work.
import type { RehearseDb } from './schema';
import { loadSettings, saveSetting } from './settings';

/** Whether storage is persistent, or null when the browser cannot say. */
export async function isPersisted(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return null;
  return navigator.storage.persisted();
}

async function askOnce(db: RehearseDb): Promise<boolean | null> {
  const settings = await loadSettings(db);
  if (settings.persistAsked || typeof navigator === 'undefined' || !navigator.storage?.persist) return isPersisted();
  await saveSetting(db, 'persistAsked', true);
  return navigator.storage.persist();
}

// The answer for this page: every later grade reuses it instead of reading settings again.
let asked: Promise<boolean | null> | null = null;

/** Asks for persistent storage once (after the first completed review); returns the answer. */
export function requestPersistenceOnce(db: RehearseDb): Promise<boolean | null> {
  asked ??= askOnce(db).catch((error: unknown) => {
    asked = null; // try again after the next review
    throw error;
  });
  return asked;
}
