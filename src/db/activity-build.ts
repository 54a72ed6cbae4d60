// Builds Stats' kept per-day totals from the whole log when there are none (the first time after the update that
// introduced them, or after they were found out of date). 200,000 rows take seconds to read, so the build goes
// slice by slice, keeps its progress in meta after every slice and picks up there after a reload; the app runs it
// while idle after Today has painted, so a Stats visit usually finds the totals ready.
import { addToDayTotals, type DayTotals } from '../srs/stats/activity';
import type { RehearseDb, ReviewRow } from './schema';
import { allCardDues, keepTotals, keptTotals } from './activity-cache';

/** Rows per slice: each slice's structured clone stays well under the 100 ms long-task line. */
export const BUILD_SLICE = 2000;

/** The meta key of a build under way. */
export const BUILD_KEY = 'stats:activity-build';

/**
 * A build under way: the totals of the rows up to `after` (primary-key order) logged no later than `upTo`, the
 * newest time in the log when the build began. Rows logged later are left to the usual "rows since" step.
 */
interface Build {
  upTo: number;
  upToIds: string[];
  after: string | null;
  count: number;
  days: [number, number, number][];
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const daysOf = (totals: DayTotals): [number, number, number][] =>
  [...totals].sort((a, b) => a[0] - b[0]).map(([day, d]) => [day, d.grades, d.ms]);

/** A new build: the log's newest time and the ids logged at it, nothing counted yet. */
async function startBuild(db: RehearseDb): Promise<Build> {
  return db.transaction('r', db.reviews, async () => {
    const newest = (await db.reviews.orderBy('time').last()) as ReviewRow | undefined;
    const upTo = newest?.time ?? 0;
    const upToIds = newest ? ((await db.reviews.where('time').equals(upTo).primaryKeys()) as string[]) : [];
    return { upTo, upToIds, after: null, count: 0, days: [] };
  });
}

let running: Promise<boolean> | null = null;

/**
 * Builds the kept totals (when there are none), resuming a build a reload cut short, and stops after `slices`
 * slices (the build stays in meta to go on later); resolves true once the totals are kept. One build at a time
 * in this page: a second call waits for the running one, and then finds the totals kept.
 */
export async function buildActivityTotals(db: RehearseDb, slices = Infinity): Promise<boolean> {
  while (running) await running.catch(() => undefined);
  const mine = build(db, slices);
  running = mine;
  try {
    return await mine;
  } finally {
    if (running === mine) running = null;
  }
}

async function build(db: RehearseDb, slices: number): Promise<boolean> {
  if (await keptTotals(db)) return true;
  let state = ((await db.meta.get(BUILD_KEY))?.value as Build | undefined) ?? (await startBuild(db));
  for (;;) {
    const from = state.after;
    const rows: ReviewRow[] = await (
      from === null ? db.reviews.limit(BUILD_SLICE) : db.reviews.where(':id').above(from).limit(BUILD_SLICE)
    ).toArray();
    const totals: DayTotals = new Map(state.days.map(([day, grades, ms]) => [day, { grades, ms }]));
    const counted = rows.filter((r) => r.time <= state.upTo);
    addToDayTotals(totals, counted);
    const next: Build = {
      ...state,
      after: rows.length > 0 ? rows[rows.length - 1].id : from,
      count: state.count + counted.length,
      days: daysOf(totals),
    };
    const done = rows.length < BUILD_SLICE;
    if (done) {
      // With every card's due day and interval, read in the same transaction as they are kept (a card write
      // waits for it, about 250 ms for 10,000 cards, once), so the first Stats visit need not read them either.
      await db.transaction('rw', db.meta, db.cards, async () => {
        await db.meta.delete(BUILD_KEY);
        const cards = await allCardDues(db, true);
        await keepTotals(db, { totals, count: next.count, lastTime: next.upTo, lastIds: next.upToIds, cards });
      });
      return true;
    }
    // Another tab building at the same time writes its own progress, each a true count of the rows up to its
    // `after`; whichever finishes keeps the totals, so none is counted twice.
    await db.meta.put({ key: BUILD_KEY, value: next });
    state = next;
    if (--slices <= 0) return false;
    await yieldToBrowser();
  }
}

/** Builds the kept totals a slice per idle period (Safari, with no requestIdleCallback: every 200 ms) until done. */
export function buildWhenIdle(db: RehearseDb): void {
  const later = (step: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(step, { timeout: 5000 }) : setTimeout(step, 200);
  const step = (): void => {
    buildActivityTotals(db, 1).then(
      (done) => done || later(step),
      () => undefined, // storage failed: the Stats screen says so when it is opened
    );
  };
  later(step);
}
