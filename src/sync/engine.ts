// One sync: push deletions and the outbox, pull the log and deletions from their cursors, compare per-day
// counts (rule 3), settings last-writer-wins, imported decks as immutable versions (decks.ts).
import type { RehearseDb } from '../db/schema';
import {
  applyRemoteSetting,
  dayCounts,
  getSyncMeta,
  markSynced,
  mergePulled,
  outboxRows,
  refusedRows,
  saveRefusedRows,
  setSyncMeta,
  settingStamps,
  unmarkDays,
  unsyncedIds,
  type SettingStamp,
} from '../db/sync-store';
import { applyRetractions, markRetractionsPushed, unpushedRetractions } from '../db/retractions';
import { START_CURSOR, type RetractionPage, type ReviewPage } from '../protocol/feeds';
import { admitRetractions } from '../protocol/retraction';
import { admitRow } from '../srs/log-gate';
import type { ReviewRow } from '../srs/log-row';
import { api, SyncError, type Credential } from './api';
import { syncDecks, type DeckSyncReport } from './decks';
import { pullFeed } from './feed';
import { syncTaughtClasses } from './taught-classes';

const BATCH = 500;
const RETRACTION_BATCH = 1000;

/** What one sync did. */
export interface SyncReport extends DeckSyncReport {
  pushed: number;
  pulled: number;
  /** Retractions (grades deleted on purpose here) the server now holds. */
  retractionsPushed: number;
  /** Grades deleted here because another device deleted them. */
  retracted: number;
  repushedDays: number;
  /** Whether the per-day counts showed rows this device lacks, so it pulled everything again. */
  fullPull: boolean;
  settingsChanged: number;
  /** Classes this person teaches that arrived here (or changed) from another of their devices. */
  classesArrived: number;
}

/**
 * Pushes the outbox in batches. Each row passes the log gate first (the server runs the same gate): a row
 * it refuses, here or on the server (whose clock may differ), stays on this device, is remembered with the
 * reason for Settings, and is not offered again, so it never blocks the rows behind it.
 */
async function push(db: RehearseDb, c: Credential, now: number): Promise<number> {
  let pushed = 0;
  let settings: SettingStamp[] | undefined = (await settingStamps(db)).filter((s) => s.updatedAt > 0);
  const refused = await refusedRows(db);
  const known = refused.size;
  let ids = (await unsyncedIds(db)).filter((id) => !refused.has(id));
  try {
    while (ids.length > 0 || settings) {
      const batch = ids.slice(0, BATCH);
      const rows: ReviewRow[] = [];
      for (const row of await outboxRows(db, batch)) {
        try {
          rows.push(admitRow(row, now, 'a grade'));
        } catch (e) {
          refused.set(row.id, (e as Error).message);
        }
      }
      if (rows.length > 0 || settings) {
        let held: string[];
        let retracted: string[];
        try {
          ({ held, retracted } = await api<{ held: string[]; retracted: string[] }>(c.server, 'POST', '/sync/push', {
            token: c.token,
            body: { reviews: rows, settings: settings ?? [] },
          }));
        } catch (e) {
          if (!(e instanceof SyncError) || !e.refused || !rows.some((r) => r.id === e.refused)) throw e;
          refused.set(e.refused, e.message);
          ids = ids.filter((id) => id !== e.refused);
          continue;
        }
        settings = undefined;
        await markSynced(db, held);
        // Rows another device deleted on purpose before this one pushed them: delete them here too.
        await applyRetractions(db, retracted ?? [], now);
        pushed += held.length;
      }
      ids = ids.slice(batch.length);
    }
  } finally {
    if (refused.size !== known) await saveRefusedRows(db, refused);
  }
  return pushed;
}

/** Pushes the retractions the server does not hold yet (the server deletes those rows in the space). */
async function pushRetractions(db: RehearseDb, c: Credential): Promise<number> {
  let pushed = 0;
  for (;;) {
    const ids = await unpushedRetractions(db, RETRACTION_BATCH);
    if (ids.length === 0) return pushed;
    await api(c.server, 'POST', '/sync/push', { token: c.token, body: { reviews: [], retractions: ids } });
    await markRetractionsPushed(db, ids);
    pushed += ids.length;
  }
}

/** Pulls the space's retractions after this device's cursor and deletes those rows here. */
async function pullRetractions(db: RehearseDb, c: Credential, now: number): Promise<number> {
  let deleted = 0;
  await pullFeed<RetractionPage>(db, c, {
    path: '/sync/retractions',
    cursorKey: 'retractionCursor',
    limit: RETRACTION_BATCH,
    apply: async (page) => {
      deleted += await applyRetractions(db, admitRetractions(page.ids), now);
    },
  });
  return deleted;
}

/** Pulls the log after this device's cursor (every row through the log gate); returns how many rows are new here, and the settings. */
async function pull(db: RehearseDb, c: Credential, now: number): Promise<{ pulled: number; settings: SettingStamp[] }> {
  let pulled = 0;
  const last = await pullFeed<ReviewPage<unknown, SettingStamp>>(db, c, {
    path: '/sync/pull',
    cursorKey: 'cursor',
    limit: BATCH,
    apply: async (page) => {
      pulled += (await mergePulled(db, page.reviews, now)).added;
    },
  });
  return { pulled, settings: last.settings };
}

/** Runs one full sync against the server; throws SyncError when the server cannot be reached or refuses. */
export async function syncOnce(db: RehearseDb, c: Credential, now: number = Date.now()): Promise<SyncReport> {
  // Deletions first, so a pull or a day count never brings back a row this device deleted on purpose.
  const retractionsPushed = await pushRetractions(db, c);
  let pushed = await push(db, c, now);
  const first = await pull(db, c, now);
  const retracted = await pullRetractions(db, c, now);
  const decks = await syncDecks(db, c, now);
  const classesArrived = await syncTaughtClasses(db, c, now);
  const settings = first.settings;
  let pulled = first.pulled;
  // Rule 3: a day the server has fewer rows of lost them (restored from an older backup): push it
  // again; a day it has more of means rows this device lacks: pull everything again.
  // `served` counts only what a pull up to this cursor hands out, so rows committed past the pull's
  // watermark never look missing here (they arrive with the next pull).
  const cursor = (await getSyncMeta<string>(db, 'cursor')) ?? START_CURSOR;
  const { days } = await api<{ days: { day: number; count: number; served: number }[] }>(c.server, 'GET', `/sync/days?cursor=${cursor}`, {
    token: c.token,
  });
  const local = await dayCounts(db, await refusedRows(db));
  const server = new Map(days.map((d) => [d.day, d.count]));
  const short = [...local].filter(([day, n]) => (server.get(day) ?? 0) < n).map(([day]) => day);
  const long = days.some((d) => d.served > (local.get(d.day) ?? 0));
  if (short.length > 0) {
    await unmarkDays(db, short);
    pushed += await push(db, c, now);
  }
  if (long) {
    await setSyncMeta(db, 'cursor', START_CURSOR);
    pulled += (await pull(db, c, now)).pulled;
  }
  let settingsChanged = 0;
  for (const s of settings) if (await applyRemoteSetting(db, s)) settingsChanged++;
  await setSyncMeta(db, 'lastSynced', now);
  return {
    pushed,
    pulled,
    retractionsPushed,
    retracted,
    repushedDays: short.length,
    fullPull: long,
    settingsChanged,
    classesArrived,
    ...decks,
  };
}
