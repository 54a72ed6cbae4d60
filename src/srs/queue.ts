// The session queue: which card comes next, SM-2 step 7 requeues, and undo. Pure and immutable.
// Whether a grade is the card's SM-2 repetition for the day is not decided here: the fold of the log decides.
import { sessionRequeue } from './sm2';

/** A session's cards in progress. Every operation returns a new value; nothing is mutated. */
export interface SessionQueue {
  /** Cards still to show, the current one first. */
  readonly pending: readonly string[];
  /** Cards graded at least once in this session (or earlier today, for repeats). */
  readonly seen: readonly string[];
  /** How many distinct cards the session started with, not counting repeats from earlier today. */
  readonly total: number;
  /** The queues before each grade, newest last, for undo. */
  readonly history: readonly SessionQueue[];
}

/** The result of grading the current card. */
export interface GradeOutcome {
  queue: SessionQueue;
  /** True when the card comes back later in this session (grade below 4). */
  requeued: boolean;
}

/** Starts a queue over `cardIds`; `again` lists cards coming back from earlier today (step 7), shown as repeats. */
export function createQueue(cardIds: readonly string[], again: readonly string[] = []): SessionQueue {
  const pending = [...new Set(cardIds)];
  const seen = pending.filter((id) => again.includes(id));
  return { pending, seen, total: pending.length - seen.length, history: [] };
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
export function gradeCurrent(queue: SessionQueue, grade: number): GradeOutcome {
  const requeued = sessionRequeue(grade);
  const id = currentCard(queue);
  if (id === null) throw new Error('the session has no card left to grade');
  const rest = queue.pending.slice(1);
  const next: SessionQueue = {
    pending: requeued ? [...rest, id] : rest,
    seen: queue.seen.includes(id) ? queue.seen : [...queue.seen, id],
    total: queue.total,
    history: [...queue.history, queue],
  };
  return { queue: next, requeued };
}

/** The queue exactly as it was before the last grade, or the same queue if nothing was graded. */
export function undoLast(queue: SessionQueue): SessionQueue {
  return queue.history[queue.history.length - 1] ?? queue;
}
