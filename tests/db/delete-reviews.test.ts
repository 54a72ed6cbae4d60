// The one deletion path: after any mix of grades, undos, decks removed with their progress, resets and
// retractions pulled from another device (with sync turned on and off, pushes and Stats visits between them),
// what the log derives (card rows, Stats' kept totals, retractions, the ids the server holds) equals a rebuild
// from a model of the log kept beside it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RehearseDb, type RetractionRow, type ReviewRow } from '../../src/db/schema';
import { recordGrade, undoGrade } from '../../src/db/record';
import { removeDeck } from '../../src/db/deck-edits';
import { resetProgress } from '../../src/db/reset-progress';
import { applyRetractions, markRetractionsPushed } from '../../src/db/retractions';
import { markSynced, resetSync } from '../../src/db/sync-store';
import { keptTotals } from '../../src/db/activity-cache';
import { foldedCardRow } from '../../src/db/card-fold';
import { logFigures } from '../../src/db/stats';
import { addToDayTotals } from '../../src/srs/stats/activity';

const start = new Date('2026-09-01T08:00:00').getTime();
let db: RehearseDb;

beforeEach(async () => {
  db = new RehearseDb(`delete-reviews-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

type Op =
  | { kind: 'grade'; deck: number; card: number; g: number }
  | { kind: 'undo'; which: number }
  | { kind: 'removeDeck'; deck: number; progress: boolean }
  | { kind: 'reset' }
  | { kind: 'pulled'; which: number; unknown: boolean }
  | { kind: 'sync'; on: boolean }
  | { kind: 'push' }
  | { kind: 'visit' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('grade' as const), deck: fc.nat(2), card: fc.nat(3), g: fc.integer({ min: 0, max: 5 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeDeck' as const), deck: fc.nat(2), progress: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pulled' as const), which: fc.nat(), unknown: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sync' as const), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'push' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'visit' as const }) },
);

/** What the tables should hold, kept by the test beside the database. */
interface Model {
  rows: Map<string, ReviewRow>;
  retractions: Map<string, 0 | 1>;
  syncOn: boolean;
}

/** Applies one operation to the database through the app's own functions, and to the model by hand. */
async function step(o: Op, m: Model, clock: number): Promise<void> {
  const live = [...m.rows.values()];
  const retractHere = (ids: Iterable<string>) => {
    if (m.syncOn) for (const id of ids) m.retractions.set(id, 0);
  };
  if (o.kind === 'grade') {
    const row = await recordGrade(db, {
      deckId: `d${o.deck}`,
      cardId: `c${o.card}`,
      grade: o.g,
      ticked: [0],
      pointCount: 4,
      durationMs: 500 + (clock % 997),
      mode: 'review',
      time: clock,
    });
    m.rows.set(row.id, row);
  } else if (o.kind === 'undo' && live.length > 0) {
    const gone = live[o.which % live.length];
    await undoGrade(db, gone.id);
    m.rows.delete(gone.id);
    retractHere([gone.id]);
  } else if (o.kind === 'removeDeck') {
    await removeDeck(db, `d${o.deck}`, o.progress);
    if (!o.progress) return;
    const gone = live.filter((r) => r.deckId === `d${o.deck}`).map((r) => r.id);
    for (const id of gone) m.rows.delete(id);
    retractHere(gone);
  } else if (o.kind === 'reset') {
    await resetProgress(db);
    retractHere(m.rows.keys());
    m.rows.clear();
  } else if (o.kind === 'pulled') {
    const id = o.unknown || live.length === 0 ? `elsewhere-${o.which}` : live[o.which % live.length].id;
    await applyRetractions(db, [id], clock);
    m.rows.delete(id);
    m.retractions.set(id, 1);
  } else if (o.kind === 'sync') {
    await resetSync(db, o.on ? { server: '', token: 't'.repeat(32), spaceId: 's', deviceId: 'd' } : null);
    m.syncOn = o.on;
    if (o.on) for (const id of m.retractions.keys()) m.retractions.set(id, 0);
  } else if (o.kind === 'push') {
    await markSynced(
      db,
      live.map((r) => r.id),
    );
    await markRetractionsPushed(db, [...m.retractions.keys()]);
    for (const id of m.retractions.keys()) m.retractions.set(id, 1);
  } else if (o.kind === 'visit') await logFigures(db);
}

/** The derived tables equal a rebuild from the model's log. */
async function expectDerivedFromLog(m: Model): Promise<void> {
  const rows = [...m.rows.values()];
  expect(new Set(await db.reviews.toCollection().primaryKeys())).toEqual(new Set(m.rows.keys()));

  const logs = new Map<string, ReviewRow[]>();
  for (const r of rows) logs.set(r.cardKey, [...(logs.get(r.cardKey) ?? []), r]);
  const rebuilt = [...logs.values()].map((log) => foldedCardRow(log)).sort((a, b) => a.key.localeCompare(b.key));
  expect(await db.cards.orderBy('key').toArray()).toEqual(rebuilt);

  const kept = await keptTotals(db);
  if (kept) {
    const counted = rows.filter((r) => r.time <= kept.lastTime);
    const days = [...addToDayTotals(new Map(), counted)].sort((a, b) => a[0] - b[0]).map(([day, t]) => [day, t.grades, t.ms]);
    expect(kept.count).toBe(counted.length);
    expect(kept.days).toEqual(days);
    expect(new Set(kept.lastIds)).toEqual(new Set(counted.filter((r) => r.time === kept.lastTime).map((r) => r.id)));
  }

  const retractions = (await db.retractions.toArray()).map((r: RetractionRow) => [r.id, r.pushed]);
  expect(new Map(retractions as [string, 0 | 1][])).toEqual(m.retractions);

  const synced = await db.syncedIds.toCollection().primaryKeys();
  expect(synced.filter((id) => !m.rows.has(id))).toEqual([]);
}

describe('deleting reviews', () => {
  it('after any mix of grades, undos, deck removals, resets and pulled retractions, cards, kept totals and retractions equal a rebuild from the log', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 30 }), async (ops) => {
        await Promise.all(db.tables.map((t) => t.clear()));
        const m: Model = { rows: new Map(), retractions: new Map(), syncOn: false };
        let clock = start;
        for (const o of ops) {
          clock += 3_600_000;
          await step(o, m, clock);
          await expectDerivedFromLog(m);
        }
      }),
      { numRuns: 80 },
    );
  });
});
