// One sync: push the outbox, pull from the cursor, compare per-day counts (rule 3), settings last-writer-wins.
import type { RehearseDb } from '../db/schema';
import {
  applyRemoteSetting,
  dayCounts,
  getSyncMeta,
  markSynced,
  mergePulled,
  setSyncMeta,
  settingStamps,
  unmarkDays,
  unsyncedReviews,
  type SettingStamp,
} from '../db/sync-store';
import { api, type Credential } from './api';

const BATCH = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What one sync did. */
export interface SyncReport {
  pushed: number;
  pulled: number;
  repushedDays: number;
  settingsChanged: number;
}

async function push(db: RehearseDb, c: Credential): Promise<number> {
  let pushed = 0;
  let settings: SettingStamp[] | undefined = (await settingStamps(db)).filter((s) => s.updatedAt > 0);
  for (;;) {
    // Rows with ids the server cannot take (never made by this app) stay local.
    const rows = (await unsyncedReviews(db, BATCH)).filter((r) => UUID.test(r.id));
    if (rows.length === 0 && !settings) return pushed;
    const { held } = await api<{ held: string[] }>(c.server, 'POST', '/sync/push', { token: c.token, body: { reviews: rows, settings: settings ?? [] } });
    settings = undefined;
    await markSynced(db, held);
    pushed += held.length;
    if (held.length < rows.length || rows.length < BATCH) return pushed;
  }
}

async function pull(db: RehearseDb, c: Credential): Promise<{ pulled: number; settings: SettingStamp[] }> {
  let cursor = (await getSyncMeta<string>(db, 'cursor')) ?? '0:0';
  let pulled = 0;
  for (;;) {
    const page = await api<{ reviews: unknown[]; cursor: string; more: boolean; settings: SettingStamp[] }>(
      c.server,
      'GET',
      `/sync/pull?cursor=${cursor}&limit=${BATCH}`,
      { token: c.token },
    );
    pulled += (await mergePulled(db, page.reviews)).added;
    cursor = page.cursor;
    await setSyncMeta(db, 'cursor', cursor);
    if (!page.more) return { pulled, settings: page.settings };
  }
}

/** Runs one full sync against the server; throws SyncError when the server cannot be reached or refuses. */
export async function syncOnce(db: RehearseDb, c: Credential, now: number = Date.now()): Promise<SyncReport> {
  let pushed = await push(db, c);
  const first = await pull(db, c);
  const settings = first.settings;
  let pulled = first.pulled;
  // Rule 3: a day the server has fewer rows of lost them (restored from an older backup): push it
  // again; a day it has more of means rows this device lacks: pull everything again.
  const { days } = await api<{ days: { day: number; count: number }[] }>(c.server, 'GET', '/sync/days', { token: c.token });
  const local = await dayCounts(db);
  const server = new Map(days.map((d) => [d.day, d.count]));
  const short = [...local].filter(([day, n]) => (server.get(day) ?? 0) < n).map(([day]) => day);
  const long = days.some((d) => d.count > (local.get(d.day) ?? 0));
  if (short.length > 0) {
    await unmarkDays(db, short);
    pushed += await push(db, c);
  }
  if (long) {
    await setSyncMeta(db, 'cursor', '0:0');
    pulled += (await pull(db, c)).pulled;
  }
  let settingsChanged = 0;
  for (const s of settings) if (await applyRemoteSetting(db, s)) settingsChanged++;
  await setSyncMeta(db, 'lastSynced', now);
  return { pushed, pulled, repushedDays: short.length, settingsChanged };
}
