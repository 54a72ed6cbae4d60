// The Stats screen's figures over every deck (per-day totals and card dues, kept between visits) against
// fake-indexeddb: whatever happened between two visits, each visit's result equals the figures read straight from
// the tables, and its early figures do too unless a grade was logged in the past (a clock set back).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RehearseDb, type ReviewRow } from '../../src/db/schema';
import { recordGrade, undoGrade } from '../../src/db/record';
import { importRows } from '../../src/db/import-rows';
import { applyRetractions } from '../../src/db/retractions';
import { removeDeck } from '../../src/db/deck-edits';
import { refoldCardsOnce } from '../../src/db/refold-cards';
import { keptTotals, type CardDues } from '../../src/db/activity-cache';
import { logFigures } from '../../src/db/stats';
import { addToDayTotals, type DayTotals } from '../../src/srs/stats/activity';

const DAY = 86_400_000;
const start = new Date('2026-09-01T08:00:00').getTime();
let db: RehearseDb;

beforeEach(async () => {
  db = new RehearseDb(`figures-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

/** The figures straight from the tables. */
async function truth(): Promise<{ totals: DayTotals; dues: CardDues }> {
  const totals = addToDayTotals(new Map(), await db.reviews.toArray());
  const dues: CardDues = new Map((await db.cards.toArray()).map((r) => [r.key, { due: r.due, interval: r.interval }]));
  return { totals, dues };
}

/** A Stats visit: its early figures and its result. */
async function visit() {
  const early: { totals?: DayTotals; dues?: CardDues } = {};
  const result = await logFigures(db, {
    totals: (t) => (early.totals = structuredClone(t)),
    dues: (d) => (early.dues = structuredClone(d)),
  });
  return { early, result };
}

const grade = (deckId: string, cardId: string, time: number, g = 4) =>
  recordGrade(db, { deckId, cardId, grade: g, ticked: [0], pointCount: 4, durationMs: 1000 + (time % 997), mode: 'review', time });

describe('logFigures', () => {
  it('keeps the card dues with the totals, and brings them up to date from the cards graded since', async () => {
    await grade('d', 'a', start);
    await grade('d', 'b', start + DAY);
    expect((await visit()).result).toEqual(await truth()); // builds the totals, with the dues
    expect((await keptTotals(db))?.cards?.keys).toEqual(['d/a', 'd/b']);
    await grade('d', 'a', start + 3 * DAY, 5);
    await grade('e', 'c', start + 3 * DAY);
    const { early, result } = await visit();
    expect(early).toEqual(await truth());
    expect(result).toEqual(await truth());
    expect((await keptTotals(db))?.cards?.keys).toEqual(['d/a', 'd/b', 'e/c']);
  });

  it('reads every card once when the kept totals have no dues, and keeps them', async () => {
    await grade('d', 'a', start);
    await visit();
    const kept = (await keptTotals(db))!;
    await db.meta.put({ key: 'stats:activity', value: { ...kept, cards: undefined } }); // totals kept before dues were
    await grade('d', 'b', start + DAY);
    const { early, result } = await visit();
    expect(early).toEqual(await truth());
    expect(result).toEqual(await truth());
    expect((await keptTotals(db))?.cards?.keys).toEqual(['d/a', 'd/b']);
  });

  it('drops the kept dues when the one-time refold rewrites cards', async () => {
    await grade('d', 'a', start);
    await visit();
    await db.meta.delete('upgrade:cardsRefolded');
    await db.cards.update('d/a', { interval: 999 }); // a card row out of step with its log, as before the refold
    await visit(); // keeps the wrong row's dues
    await refoldCardsOnce(db);
    expect((await keptTotals(db))?.cards).toBeUndefined();
    expect((await visit()).result).toEqual(await truth());
  });

  it('after any mix of grades, grades in the past, undos, imports, retractions and deleted decks, every visit equals the tables', async () => {
    type Op =
      | { kind: 'grade'; deck: number; card: number; g: number }
      | { kind: 'past'; deck: number; card: number; back: number }
      | { kind: 'undo'; which: number }
      | { kind: 'import'; card: number; back: number }
      | { kind: 'retract'; which: number }
      | { kind: 'delete'; deck: number }
      | { kind: 'visit' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('grade' as const), deck: fc.nat(2), card: fc.nat(5), g: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('past' as const), deck: fc.nat(2), card: fc.nat(5), back: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('undo' as const), which: fc.nat() }),
      fc.record({ kind: fc.constant('import' as const), card: fc.nat(5), back: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('retract' as const), which: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), deck: fc.nat(2) }),
      fc.constant({ kind: 'visit' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
        await Promise.all([db.reviews.clear(), db.cards.clear(), db.meta.clear(), db.retractions.clear(), db.decks.clear()]);
        let clock = start;
        let backInTime = false;
        const logged = async (): Promise<ReviewRow[]> => db.reviews.orderBy('time').toArray();
        for (const o of [...ops, { kind: 'visit' } as Op]) {
          clock += 3_600_000;
          if (o.kind === 'grade') await grade(`d${o.deck}`, `c${o.card}`, clock, o.g);
          else if (o.kind === 'past') {
            await grade(`d${o.deck}`, `c${o.card}`, clock - o.back * DAY);
            backInTime = true;
          } else if (o.kind === 'undo') {
            const rows = await logged();
            if (rows.length > 0) await undoGrade(db, rows[o.which % rows.length].id);
          } else if (o.kind === 'import') {
            const other = new RehearseDb(`other-${Math.random()}`);
            await other.open();
            await recordGrade(other, {
              deckId: 'd0',
              cardId: `c${o.card}`,
              grade: 3,
              ticked: [],
              pointCount: 4,
              durationMs: 700,
              mode: 'review',
              time: clock - o.back * DAY,
            });
            const rows = await other.reviews.toArray();
            await other.delete();
            await importRows(db, rows);
          } else if (o.kind === 'retract') {
            const rows = await logged();
            if (rows.length > 0) await applyRetractions(db, [rows[o.which % rows.length].id]);
          } else if (o.kind === 'delete') await removeDeck(db, `d${o.deck}`, true);
          else {
            const { early, result } = await visit();
            const now = await truth();
            expect(result).toEqual(now);
            if (!backInTime && early.totals) expect(early).toEqual(now);
            backInTime = false;
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
