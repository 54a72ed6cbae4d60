// What the sync client needs from IndexedDB: the outbox (reviews not yet held by the server), per-day
// counts, merging pulled rows through the backup import's validation, and sync's own small records.
import Dexie from 'dexie';
import { admitRows } from '../srs/log-gate';
import { importRows, type ImportResult } from './import-rows';
import { retractedAmong } from './retractions';
import { loadSettings, saveSetting, type Settings } from './settings';
import type { RehearseDb, ReviewRow } from './schema';
import { CREDENTIAL_KEY } from './sync-credential';

/** Settings that follow the person across devices (last writer wins per key). */
export const SYNCED_SETTINGS = ['theme', 'newPerDay', 'interviewDate'] as const;
/** One of the synced settings' keys. */
export type SyncedSettingKey = (typeof SYNCED_SETTINGS)[number];
/** A synced setting with the time it was last changed on any device. */
export interface SettingStamp {
  key: SyncedSettingKey;
  value: string | number;
  updatedAt: number;
}

/** Ids of review rows the server is not known to hold: a diff of primary keys, no row is read. */
export async function unsyncedIds(db: RehearseDb): Promise<string[]> {
  const [all, held] = await Promise.all([db.reviews.toCollection().primaryKeys(), db.syncedIds.toCollection().primaryKeys()]);
  const synced = new Set(held);
  return all.filter((id) => !synced.has(id));
}

/** Rows the log gate refuses, which stay on this device: review id → why, in plain words. */
export async function refusedRows(db: RehearseDb): Promise<Map<string, string>> {
  return new Map(Object.entries((await getSyncMeta<Record<string, string>>(db, 'refused')) ?? {}));
}

/** Saves the rows that stay on this device (never pushed again until sync is turned on afresh). */
export async function saveRefusedRows(db: RehearseDb, refused: Map<string, string>): Promise<void> {
  await setSyncMeta(db, 'refused', Object.fromEntries(refused));
}

/** How many review rows wait to be pushed (rows that stay on this device are not waiting). */
export async function waitingCount(db: RehearseDb): Promise<number> {
  const [ids, refused] = await Promise.all([unsyncedIds(db), refusedRows(db)]);
  return ids.filter((id) => !refused.has(id)).length;
}

/** Calls `onWrite` after any change to the review log (or the other `tables`), in this tab or another, without reading them. */
export function watchReviewWrites(db: RehearseDb, onWrite: () => void, tables: readonly string[] = ['reviews']): () => void {
  const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onWrite();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** The outbox rows with these ids (an id undone since it was read is left out). */
export async function outboxRows(db: RehearseDb, ids: readonly string[]): Promise<ReviewRow[]> {
  return (await db.reviews.bulkGet([...ids])).filter((r) => r !== undefined);
}

/** Records that the server holds these ids. */
export async function markSynced(db: RehearseDb, ids: string[]): Promise<void> {
  await db.syncedIds.bulkPut(ids.map((id) => ({ id })));
}

/** Forgets that the server holds a day's rows, so they are pushed again (the server lost them). */
export async function unmarkDays(db: RehearseDb, days: number[]): Promise<number> {
  const wanted = new Set(days);
  const ids = (await db.reviews.filter((r) => wanted.has(r.day)).toArray()).map((r) => r.id);
  await db.syncedIds.bulkDelete(ids);
  return ids.length;
}

/** Review rows per local day, leaving out the rows that stay on this device. */
export async function dayCounts(db: RehearseDb, skip: ReadonlyMap<string, string> = new Map()): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  await db.reviews.each((r) => void (skip.has(r.id) || counts.set(r.day, (counts.get(r.day) ?? 0) + 1)));
  return counts;
}

/**
 * Merges pulled rows exactly like a backup import (the same log gate; a bad row changes nothing), leaving
 * out rows this device retracted (deleted on purpose; the server deletes them once the retraction arrives).
 */
export async function mergePulled(db: RehearseDb, reviews: unknown[], now: number): Promise<ImportResult> {
  const admitted = admitRows(reviews, now);
  const retracted = await retractedAmong(
    db,
    admitted.map((r) => r.id),
  );
  const rows = admitted.filter((r) => !retracted.has(r.id));
  const result = await importRows(db, rows);
  await markSynced(
    db,
    rows.map((r) => r.id),
  );
  return result;
}

/**
 * Starts sync bookkeeping afresh for a new space (or none): nothing is known to be held, no cursors, no
 * refusals; the retractions this device made are kept and, with a new space, offered to it again.
 */
export async function resetSync(db: RehearseDb, credential: unknown): Promise<void> {
  await db.transaction('rw', [db.syncedIds, db.meta, db.retractions, db.classes], async () => {
    await db.syncedIds.clear();
    if (credential) await db.retractions.toCollection().modify({ pushed: 0 });
    await db.meta.put({ key: 'sync:cursor', value: '0:0' });
    await db.meta.put({ key: 'sync:retractionCursor', value: '0:0' });
    await db.meta.put({ key: 'sync:deckCursor', value: '0:0' });
    await db.meta.put({ key: 'sync:classCursor', value: '0:0' });
    // A new space holds none of the classes this device teaches: they are offered to it again.
    await db.classes
      .where('role')
      .equals('instructor')
      .modify((r) => void delete r.spaceHeld);
    await db.meta.bulkDelete(['sync:refused', 'sync:deckHeld', 'sync:deckRefused']);
    if (credential) await db.meta.put({ key: CREDENTIAL_KEY, value: credential });
    else await db.meta.delete(CREDENTIAL_KEY);
  });
}

/** A sync record in the meta table (credential, cursor, last sync, setting times). */
export async function getSyncMeta<T>(db: RehearseDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(`sync:${key}`))?.value as T | undefined;
}

/** Saves a sync record in the meta table. */
export async function setSyncMeta(db: RehearseDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key: `sync:${key}`, value });
}

/** The synced settings with their change times (0 when never changed here). */
export async function settingStamps(db: RehearseDb): Promise<SettingStamp[]> {
  const settings = await loadSettings(db);
  const times = (await getSyncMeta<Record<string, number>>(db, 'settingTimes')) ?? {};
  return SYNCED_SETTINGS.map((key) => ({ key, value: settings[key], updatedAt: times[key] ?? 0 }));
}

/** Takes a newer setting from another device; returns whether anything changed. */
export async function applyRemoteSetting(db: RehearseDb, s: SettingStamp): Promise<boolean> {
  const times = (await getSyncMeta<Record<string, number>>(db, 'settingTimes')) ?? {};
  if ((times[s.key] ?? 0) >= s.updatedAt) return false;
  await saveSetting(db, s.key, s.value as Settings[typeof s.key]);
  await setSyncMeta(db, 'settingTimes', { ...times, [s.key]: s.updatedAt });
  return true;
}
