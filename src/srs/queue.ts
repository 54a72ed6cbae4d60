// The review session queue: one card at a time, SM-2 step 7 requeues, and undo. Pure and immutable.
import { sessionRequeue } from './sm2';

/** What a session grade is for: the daily review, a group drill, or a mock interview. */
export type Mode = 'review' | 'drill' | 'interview';

/** A session in progress. Every operation returns a new value; nothing is mutated. */
export interface SessionQueue {
  readonly mode: Mode;
  /** Cards still to show, the current one first. */
  readonly pending: readonly string[];
  /** Cards that already had their one SM-2 repetition today (re-grades are only logged). */
  readonly counted: readonly string[];
  /** Cards graded at least once in this session. */
  readonly seen: readonly string[];
  /** How many distinct cards the session started with, not counting repeats from earlier today. */
  readonly total: number;
  /** The states before each grade, newest last, for undo. */
  readonly history: readonly SessionQueue[];
}

/** The result of grading the current card. */
export interface GradeOutcome {
  queue: SessionQueue;
  /** True when this grade is the card's SM-2 repetition for today. */
  countsAsRepetition: boolean;
  /** True when the card comes back later in this session (grade below 4). */
  requeued: boolean;
}

/**
 * Starts a session over `cardIds`. `countedToday` lists cards already repeated today; `again` lists
 * cards that come back from an earlier session today (step 7), shown as repeats, not new cards.
 */
export function createQueue(
  cardIds: readonly string[],
  mode: Mode = 'review',
  countedToday: readonly string[] = [],
  again: readonly string[] = [],
): SessionQueue {
  const pending = [...new Set(cardIds)];
  const seen = pending.filter((id) => again.includes(id));
  return { mode, pending, counted: [...countedToday], seen, total: pending.length - seen.length, history: [] };
}

/** The id of the card to show now, or null when the session is over. */
export function currentCard(queue: SessionQueue): string | null {
  return queue.pending[0] ?? null;
}

/** Position for "card n of m" on the first pass, and how many requeued cards remain. */
export function progress(queue: SessionQueue): { position: number; total: number; againLeft: number } {
  const fresh = queue.pending.filter((id) => !queue.seen.includes(id)).length;
  const againLeft = queue.pending.length - fresh;
  return { position: Math.min(queue.total, queue.total - fresh + 1), total: queue.total, againLeft };
}

/** True when the current card is a requeued one coming back (SM-2 step 7). */
export function isAgain(queue: SessionQueue): boolean {
  const id = currentCard(queue);
  return id !== null && queue.seen.includes(id);
}

/** Grades the current card; a grade below 4 sends it to the end of the queue. */
export function gradeCurrent(queue: SessionQueue, quality: number): GradeOutcome {
  const requeued = sessionRequeue(quality);
  const id = currentCard(queue);
  if (id === null) throw new Error('the session has no card left to grade');
  const countsAsRepetition = queue.mode === 'review' && !queue.counted.includes(id);
  const rest = queue.pending.slice(1);
  const next: SessionQueue = {
    mode: queue.mode,
    pending: requeued ? [...rest, id] : rest,
    counted: countsAsRepetition ? [...queue.counted, id] : queue.counted,
    seen: queue.seen.includes(id) ? queue.seen : [...queue.seen, id],
    total: queue.total,
    history: [...queue.history, queue],
  };
  return { queue: next, countsAsRepetition, requeued };
}

/** The session exactly as it was before the last grade, or the same session if nothing was graded. */
export function undoLast(queue: SessionQueue): SessionQueue {
  return queue.history[queue.history.length - 1] ?? queue;
}
