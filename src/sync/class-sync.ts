// A student's class sync: pull the class's deck versions (each checked as an import is, stored through deck
// sync's "newer version keeps progress, marks changed outlines" path), then push the summary if one is due and
// sharing is on. Runs without personal sync; a class that is closed, or this device removed from, is marked so.
import {
  activeDaysSince,
  deckCardStates,
  getClass,
  listClasses,
  storeClassDeck,
  storedDeck,
  updateClass,
  type ClassRow,
} from '../db/classes';
import type { RehearseDb } from '../db/schema';
import { checkDeckValue } from '../deck/value-check';
import { classSummary } from '../protocol/class';
import { syncedDeckWrites } from '../lib/synced-decks';
import { SyncError } from './api';
import { pullClassDecks, pushSummary } from './class-api';
import { buildClassSummary, type DeckStates } from './class-summary';

const PAGE = 5;
const DAY_MS = 86_400_000;

/** The problem word a class row carries once the class is closed or this device is out of it. */
export const CLOSED = 'closed';

async function pullDecks(db: RehearseDb, row: ClassRow, now: number): Promise<number> {
  let cursor = row.deckCursor;
  const ids = new Set(row.deckIds);
  let stored = 0;
  for (;;) {
    const page = await pullClassDecks(row, cursor, PAGE);
    for (const { deck } of page.decks) {
      // The importer's own check: a version it would refuse is never stored (the server checks the same).
      const check = checkDeckValue(deck);
      if (!check.ok) continue;
      ids.add(check.deck.id);
      if (await storeClassDeck(db, check.deck, now)) stored++;
    }
    cursor = page.cursor;
    await updateClass(db, row.key, { deckCursor: cursor, deckIds: [...ids] });
    if (!page.more) break;
  }
  if (stored > 0) syncedDeckWrites.set(syncedDeckWrites.get() + 1);
  return stored;
}

/** The summary of this student's class decks as stored here now. */
export async function summaryFor(db: RehearseDb, row: ClassRow, now: number) {
  const decks: DeckStates[] = [];
  for (const id of row.deckIds) {
    const stored = await storedDeck(db, id);
    if (!stored) continue;
    const states = await deckCardStates(db, stored.deck);
    decks.push({ deck: stored.deck, states: new Map(states.map((s) => [s.cardId, s])) });
  }
  return buildClassSummary(decks, await activeDaysSince(db, now - 14 * DAY_MS), now);
}

/** Syncs one class this device takes part in; returns the row as it stands after. */
export async function syncClass(db: RehearseDb, key: string, now = Date.now()): Promise<ClassRow | undefined> {
  const row = await getClass(db, key);
  if (!row || row.role !== 'student' || row.problem === CLOSED) return row;
  try {
    await pullDecks(db, row, now);
    const fresh = (await getClass(db, key))!;
    if (fresh.sharing && fresh.summaryDue === 1) {
      const summary = await summaryFor(db, fresh, now);
      // The shared gate first: a summary the server would refuse is a bug here, said plainly, not sent.
      const problem = classSummary.problem(summary, now);
      if (problem) throw new SyncError(`The class summary ${problem}.`, 400);
      await pushSummary(fresh, summary);
      await updateClass(db, key, { summaryDue: 0, summaryAt: now });
    }
    await updateClass(db, key, { problem: '' });
  } catch (e) {
    if (!(e instanceof SyncError)) throw e;
    // Offline: the summary stays due and goes with the next sync. Out of the class: say so, stop trying.
    const gone = e.status === 401 || e.status === 410;
    await updateClass(db, key, { problem: gone ? CLOSED : e.offline ? '' : e.message });
  }
  return getClass(db, key);
}

/** Syncs every class this device takes part in, one after another. */
export async function syncAllClasses(db: RehearseDb, now = Date.now()): Promise<void> {
  for (const row of await listClasses(db)) if (row.role === 'student') await syncClass(db, row.key, now);
}
