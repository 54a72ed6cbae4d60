// Generators for backup tests: rows exactly as the app writes them, and hostile files made from them.
import fc from 'fast-check';
import { reviewCoverage } from '../../src/srs/grading';
import { EARLIEST_TIME } from '../../src/srs/log-gate';
import type { ReviewRow } from '../../src/srs/log-row';

const DAY = 86_400_000;
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
/** A lowercase UUID, as crypto.randomUUID() writes. */
export const uuid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-'));

/** Any row the log gate accepts at `now`: every field within what the app could have written. */
export function acceptedRow(now: number): fc.Arbitrary<ReviewRow> {
  return fc
    .record({
      id: uuid,
      deckId: slug,
      cardId: slug,
      time: fc.integer({ min: EARLIEST_TIME, max: now + DAY }),
      dayShift: fc.integer({ min: -1, max: 1 }),
      grade: fc.integer({ min: 0, max: 5 }),
      // Outline cards have 5 to 8 points; drill cards none (and may log the choice picked).
      pointCount: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 8 })),
      tickedBits: fc.integer({ min: 0, max: 255 }),
      durationMs: fc.integer({ min: 0, max: 30 * DAY }),
      mode: fc.constantFrom('review', 'drill', 'interview') as fc.Arbitrary<ReviewRow['mode']>,
      counted: fc.option(fc.boolean(), { nil: undefined }),
      mockId: fc.option(uuid, { nil: undefined }),
      choice: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    })
    .map(({ dayShift, tickedBits, counted, mockId, choice, ...r }) => {
      const ticked = [...Array(r.pointCount).keys()].filter((i) => tickedBits & (1 << i));
      const row: ReviewRow = {
        id: r.id,
        cardKey: `${r.deckId}/${r.cardId}`,
        deckId: r.deckId,
        cardId: r.cardId,
        time: r.time,
        day: Math.max(0, Math.floor(r.time / DAY) + dayShift),
        grade: r.grade,
        ticked,
        pointCount: r.pointCount,
        coverage: reviewCoverage(ticked.length, r.pointCount, r.grade),
        durationMs: r.durationMs,
        mode: r.mode,
      };
      if (counted !== undefined) row.counted = counted && r.mode === 'review';
      if (mockId !== undefined && r.mode === 'interview') row.mockId = mockId;
      if (choice !== undefined && r.pointCount === 0) row.choice = choice;
      return row;
    });
}

/** A backup file's text around `reviews`. */
export function backupText(reviews: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'rehearse-backup', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', reviews, ...extra });
}
