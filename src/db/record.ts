// Recording and undoing grades: the log row and the card state change together, in one transaction.
import { appendsAfter, applyGrade } from '../srs/fold';
import { assertGrade } from '../srs/sm2';
import { localDay } from '../srs/days';
import { reviewCoverage } from '../srs/grading';
import { MAX_DURATION_MS } from '../srs/log-row';
import type { Mode } from '../srs/log-row';
import { cardKey, type CardRow, type RehearseDb, type ReviewRow } from './schema';
import { emptyCardRow } from './card-row';
import { foldedCardRow } from './card-fold';
import { deleteReviews, deletionTables } from './delete-reviews';

/** What the review screen knows when the user grades a card. */
export interface GradeInput {
  deckId: string;
  cardId: string;
  grade: number;
  ticked: number[];
  pointCount: number;
  durationMs: number;
  mode: Mode;
  time: number;
  /** The mock interview the grade belongs to (mode 'interview'). */
  mockId?: string;
  /** The choice picked on a drill card with choices (0-based; such a card has pointCount 0). */
  choice?: number;
}

function newId(): string {
  return crypto.randomUUID();
}

/**
 * The log row the app writes for a grade: whole milliseconds, ascending distinct ticks, duration capped. Its fields
 * come in the protocol's order (`reviewFields`), the order the gate gives an imported or pulled row, so a backup
 * exported after a re-import is the same text.
 */
export function gradeRow(input: GradeInput, id: string = newId()): ReviewRow {
  const ticked = [...new Set(input.ticked)].sort((a, b) => a - b);
  return {
    id,
    deckId: input.deckId,
    cardId: input.cardId,
    cardKey: cardKey(input.deckId, input.cardId),
    time: Math.round(input.time),
    day: localDay(input.time),
    grade: input.grade,
    pointCount: input.pointCount,
    ticked,
    coverage: reviewCoverage(ticked.length, input.pointCount, input.grade),
    durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(input.durationMs))),
    mode: input.mode,
    ...(input.mockId !== undefined && { mockId: input.mockId }),
    ...(input.choice !== undefined && { choice: input.choice }),
  };
}

/** Logs a grade and updates the card state in one transaction; returns the new log row. */
export async function recordGrade(db: RehearseDb, input: GradeInput): Promise<ReviewRow> {
  assertGrade(input.grade);
  const row = gradeRow(input);
  return db.transaction('rw', db.reviews, db.cards, async () => {
    // No card row means an empty log (rebuildCard deletes the row of a card whose log empties), so a
    // first grade needs no read of the log either.
    const current = (await db.cards.get(row.cardKey)) ?? emptyCardRow(row.deckId, row.cardId);
    await db.reviews.add(row);
    // The usual case stays one read and two writes: a grade later than everything in the card's log
    // is the fold's next step. Anything else (a second tab in the same millisecond, a clock set back)
    // refolds the card's log, so the cache always equals the fold (issue 14).
    if (appendsAfter(current, row)) await db.cards.put({ ...current, ...applyGrade(current, row) });
    else await rebuildCard(db, row.deckId, row.cardId);
    return row;
  });
}

/** Rebuilds one card's state from its log (the cache is a fold of the log). */
export async function rebuildCard(db: RehearseDb, deckId: string, cardId: string): Promise<CardRow> {
  return db.transaction('rw', db.reviews, db.cards, async () => {
    const key = cardKey(deckId, cardId);
    const log = await db.reviews.where('cardKey').equals(key).toArray();
    const row: CardRow = log.length > 0 ? foldedCardRow(log) : emptyCardRow(deckId, cardId);
    if (log.length === 0) await db.cards.delete(key);
    else await db.cards.put(row);
    return row;
  });
}

/** Takes a logged grade back: deletes its row (retracting it when sync is on) and rebuilds the card, in one transaction. */
export async function undoGrade(db: RehearseDb, reviewId: string): Promise<CardRow | null> {
  return db.transaction('rw', deletionTables(db), async () => {
    const row = await db.reviews.get(reviewId);
    if (!row) return null;
    await deleteReviews(db, { ids: [reviewId] }, 'here');
    return (await db.cards.get(row.cardKey)) ?? emptyCardRow(row.deckId, row.cardId);
  });
}
