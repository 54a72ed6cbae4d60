// The log's vocabulary: the shape of one logged grade and what it was for, in one place for the engine, the app,
// backups, sync and the import gate.

/** What a logged grade was for: the daily review, a group drill, or a mock interview. Stored as is in the log. */
export type Mode = 'review' | 'drill' | 'interview';

/** Every mode the log may hold, for validating rows that enter it. */
export const MODES: readonly Mode[] = ['review', 'drill', 'interview'];

/** One logged grade: the append-only truth that card states are folded from. */
export interface ReviewRow {
  id: string;
  /** `deckId/cardId`, the card's key in `cards`. */
  cardKey: string;
  deckId: string;
  cardId: string;
  time: number;
  /** Local calendar day number when it was given (days since 1970-01-01 in the user's time zone then). */
  day: number;
  grade: number;
  /** Indexes of the outline points the user ticked, ascending. */
  ticked: number[];
  pointCount: number;
  coverage: number;
  durationMs: number;
  mode: Mode;
  /**
   * Rows written before issue 14 carry whether they were the day's SM-2 repetition. Nothing reads it:
   * the fold decides (see countsAsRepetition); new rows leave it out.
   */
  counted?: boolean;
  /** The mock interview this grade was given in (mode 'interview' only). */
  mockId?: string;
}

/** The key of a card in the `cards` table. */
export function cardKey(deckId: string, cardId: string): string {
  return `${deckId}/${cardId}`;
}

/** The longest time a card can have been on screen that the app records (longer is capped). */
export const MAX_DURATION_MS = 30 * 86_400_000;
