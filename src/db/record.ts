// Recording and undoing grades: the log row and the card state change together, in one transaction.
import { applyGrade, foldReviews, newSchedule } from '../srs/fold';
import { assertQuality } from '../srs/sm2';
import { localDay } from '../srs/days';
import { reviewCoverage } from '../srs/grading';
import type { Mode } from '../srs/queue';
import { cardKey, type CardRow, type RehearseDb, type ReviewRow } from './schema';

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
}

function newId(): string {
  return crypto.randomUUID();
}

/** The card row for a card that has no reviews yet. */
export function emptyCardRow(deckId: string, cardId: string): CardRow {
  return { key: cardKey(deckId, cardId), deckId, cardId, ...newSchedule() };
}

/** Logs a grade and updates the card state in one transaction; returns the new log row. */
export async function recordGrade(db: RehearseDb, input: GradeInput): Promise<ReviewRow> {
  assertQuality(input.grade);
  const key = cardKey(input.deckId, input.cardId);
  return db.transaction('rw', db.reviews, db.cards, async () => {
    const current = (await db.cards.get(key)) ?? emptyCardRow(input.deckId, input.cardId);
    // Only a card's first review-mode grade of a local day is an SM-2 repetition: re-grades in the
    // session (step 7) and later sessions that day are logged only; after midnight it counts again.
    const day = localDay(input.time);
    const counted = input.mode === 'review' && current.lastCountedDay !== day;
    const row: ReviewRow = {
      id: newId(),
      cardKey: key,
      deckId: input.deckId,
      cardId: input.cardId,
      time: input.time,
      day,
      grade: input.grade,
      ticked: [...input.ticked],
      pointCount: input.pointCount,
      coverage: reviewCoverage(input.ticked.length, input.pointCount, input.grade),
      durationMs: Math.max(0, Math.round(input.durationMs)),
      mode: input.mode,
      counted,
    };
    if (input.mockId !== undefined) row.mockId = input.mockId;
    await db.reviews.add(row);
    await db.cards.put({ ...current, ...applyGrade(current, row) });
    return row;
  });
}

/** Rebuilds one card's state from its log (the cache is a fold of the log). */
export async function rebuildCard(db: RehearseDb, deckId: string, cardId: string): Promise<CardRow> {
  return db.transaction('rw', db.reviews, db.cards, async () => {
    const key = cardKey(deckId, cardId);
    const log = await db.reviews.where('cardKey').equals(key).toArray();
    const row: CardRow = { ...emptyCardRow(deckId, cardId), ...foldReviews(log) };
    if (log.length === 0) await db.cards.delete(key);
    else await db.cards.put(row);
    return row;
  });
}

/** Takes a logged grade back: deletes its row and rebuilds the card, in one transaction. */
export async function undoGrade(db: RehearseDb, reviewId: string): Promise<CardRow | null> {
  return db.transaction('rw', db.reviews, db.cards, async () => {
    const row = await db.reviews.get(reviewId);
    if (!row) return null;
    await db.reviews.delete(reviewId);
    return rebuildCard(db, row.deckId, row.cardId);
  });
}
