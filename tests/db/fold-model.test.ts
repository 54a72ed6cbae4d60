// Model-based property test: after any sequence of grades, drills, undos, imports, two writers at once
// and clock jumps, every card row equals the fold of its log (issue 14).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RehearseDb, type ReviewRow } from '../../src/db/schema';
import { recordGrade, undoGrade } from '../../src/db/record';
import { emptyCardRow } from '../../src/db/card-row';
import { foldReviews } from '../../src/srs/fold';
import type { Mode } from '../../src/srs/log-row';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = new Date('2026-03-10T09:00:00').getTime();
const CARDS = ['a', 'b', 'c'];

type Command =
  | { kind: 'grade'; writer: 0 | 1; card: string; grade: number; mode: Mode }
  | { kind: 'together'; card: string; grades: [number, number] }
  | { kind: 'undo'; writer: 0 | 1 }
  | { kind: 'clock'; by: number };

const mode = fc.constantFrom<Mode>('review', 'review', 'review', 'drill', 'interview');
const card = fc.constantFrom(...CARDS);
const grade = fc.integer({ min: 0, max: 5 });
/** Commands a user (or two tabs, or a clock) can issue; `clock` jumps forwards and back, by ms to days. */
export const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('grade' as const), writer: fc.constantFrom<0 | 1>(0, 1), card, grade, mode }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('together' as const), card, grades: fc.tuple(grade, grade) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('undo' as const), writer: fc.constantFrom<0 | 1>(0, 1) }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      by: fc.oneof(fc.constantFrom(0, 1, 60_000, HOUR, DAY, -DAY, -HOUR, 6 * DAY, -3 * DAY), fc.integer({ min: -2 * DAY, max: 8 * DAY })),
    }),
    weight: 3,
  },
);

/** Every card row, and the fold of every card's log, keyed by card key. */
export async function cardsAndFolds(db: RehearseDb) {
  const log = await db.reviews.toArray();
  const byCard = new Map<string, ReviewRow[]>();
  for (const row of log) byCard.set(row.cardKey, [...(byCard.get(row.cardKey) ?? []), row]);
  const folded = [...byCard.values()].map((rows) => ({ ...emptyCardRow(rows[0].deckId, rows[0].cardId), ...foldReviews(rows) }));
  const sort = <T extends { key: string }>(rows: T[]) => rows.sort((x, y) => (x.key < y.key ? -1 : 1));
  return { cards: sort(await db.cards.toArray()), folded: sort(folded) };
}

const opened: RehearseDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Runs the commands with two connections to one database (two tabs), then compares cache and fold. */
async function run(commands: Command[]): Promise<void> {
  const name = `model-${Math.random()}`;
  const tabs = [new RehearseDb(name), new RehearseDb(name)];
  await Promise.all(tabs.map((t) => t.open()));
  opened.push(tabs[0]);
  let now = start;
  const model = new Map<string, ReviewRow>();
  const stacks: string[][] = [[], []];
  const gradeAs = async (writer: 0 | 1, cardId: string, g: number, m: Mode) => {
    const row = await recordGrade(tabs[writer], {
      deckId: 'd',
      cardId,
      grade: g,
      ticked: [],
      pointCount: 5,
      durationMs: 1000,
      mode: m,
      time: now,
    });
    model.set(row.id, row);
    stacks[writer].push(row.id);
  };
  for (const c of commands) {
    if (c.kind === 'grade') await gradeAs(c.writer, c.card, c.grade, c.mode);
    else if (c.kind === 'together')
      await Promise.all([gradeAs(0, c.card, c.grades[0], 'review'), gradeAs(1, c.card, c.grades[1], 'review')]);
    else if (c.kind === 'clock') now = Math.max(start - 30 * DAY, now + c.by);
    else {
      const id = stacks[c.writer].pop();
      if (id) {
        await undoGrade(tabs[c.writer], id);
        model.delete(id);
      }
    }
  }
  const { cards, folded } = await cardsAndFolds(tabs[0]);
  expect(cards).toEqual(folded);
  expect((await tabs[1].reviews.toArray()).map((r) => r.id).sort()).toEqual([...model.keys()].sort());
  tabs[1].close();
}

describe('the card cache always equals the fold of its log', () => {
  it('after random grades, drills, undos, two tabs and clock jumps', async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40 }), run), { numRuns: 80 });
  }, 120_000);

  it('after the cases the issue names', async () => {
    // Two tabs grade one card in the same millisecond.
    await run([{ kind: 'together', card: 'a', grades: [5, 2] }]);
    // Tab A undoes its own grade of a card tab B also graded that day: B's grade must count.
    await run([
      { kind: 'grade', writer: 1, card: 'a', grade: 4, mode: 'review' },
      { kind: 'clock', by: 1 },
      { kind: 'grade', writer: 0, card: 'a', grade: 4, mode: 'review' },
      { kind: 'clock', by: -2 },
      { kind: 'grade', writer: 0, card: 'a', grade: 5, mode: 'review' },
      { kind: 'undo', writer: 0 },
    ]);
    // The clock goes back a day, then a re-grade.
    await run([
      { kind: 'grade', writer: 0, card: 'a', grade: 5, mode: 'review' },
      { kind: 'clock', by: 6 * DAY },
      { kind: 'grade', writer: 0, card: 'a', grade: 5, mode: 'review' },
      { kind: 'clock', by: -DAY },
      { kind: 'grade', writer: 0, card: 'a', grade: 5, mode: 'review' },
    ]);
    // A drill timed before the last review.
    await run([
      { kind: 'grade', writer: 0, card: 'a', grade: 5, mode: 'review' },
      { kind: 'clock', by: -HOUR },
      { kind: 'grade', writer: 1, card: 'a', grade: 0, mode: 'drill' },
    ]);
  });
});
