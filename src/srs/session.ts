// A review session as a pure state machine: the queue, the shown answer, ticks, undo, saving and rollback.
// `step(session, action)` returns the next session and the writes to make; the screen only runs the writes
// and reports back how they went ('saved', 'saveFailed', …). Times (`at`, in ms) are passed in.
import type { Mode } from './log-row';
import { coverage, suggestGrade } from './grading';
import { createQueue, currentCard, gradeCurrent, type SessionQueue } from './queue';
import { choiceGrade } from './choice-grade';
import type { DrillInfo } from './drill-session';

/** How long after showing an answer (or grading) a stray Enter or tap counts as a slip, in ms. */
export const SLIP_MS = 400;

/** A grade that can still be taken back: the queue and ticks before it; `token` names its write. */
export interface UndoEntry {
  readonly token: number;
  readonly before: SessionQueue;
  readonly ticked: readonly number[];
}

/** Why the session shows an error: a grade that was not saved (and was rolled back), or a failed undo. */
export interface SessionError {
  readonly kind: 'save' | 'undo';
  readonly reason: string;
}

/** Everything a review session is at one moment. */
export interface Session {
  readonly mode: Mode;
  readonly queue: SessionQueue;
  /** How many outline points each card of the session has. */
  readonly outlineSizes: Readonly<Record<string, number>>;
  readonly revealed: boolean;
  /** The ticked outline points of the current card, ascending. */
  readonly ticked: readonly number[];
  /** Grades that can be undone, oldest first. */
  readonly undoStack: readonly UndoEntry[];
  /** The card graded last and how, for the status line; null after an undo or a rollback. */
  readonly last: { readonly cardId: string; readonly grade: number; readonly requeued: boolean } | null;
  readonly error: SessionError | null;
  /** Writes started and not yet settled. */
  readonly saving: number;
  /** When the current card was shown, its answer revealed, and the last grade given (ms). */
  readonly shownAt: number;
  readonly revealedAt: number;
  readonly gradedAt: number;
  readonly nextToken: number;
  readonly slipMs: number;
  /** The drill cards of the session by id (cards not in it are outline cards). */
  readonly drills: Readonly<Record<string, DrillInfo>>;
  /** A choice just made and graded: the card stays on screen with the right answer until "Next". */
  readonly feedback: ChoiceFeedback | null;
}

/** What the screen shows after a choice: which card, the choice made, and the grade it earned. */
export interface ChoiceFeedback {
  readonly cardId: string;
  readonly chosen: number;
  readonly grade: number;
  readonly requeued: boolean;
}

/** A write the screen must make: log a grade (`token` names it), or take back the grade `token` once saved. */
export type Write =
  | {
      kind: 'record';
      token: number;
      cardId: string;
      grade: number;
      ticked: number[];
      pointCount: number;
      durationMs: number;
      mode: Mode;
      choice?: number;
    }
  | { kind: 'takeBack'; token: number };

/** What can happen to a session. */
export type SessionAction =
  | { type: 'reveal'; at: number }
  | { type: 'toggle'; index: number }
  | { type: 'grade'; grade: number; at: number }
  /** Picks choice `index` (0-based) of the current choice card: graded at once, then shown with the answer. */
  | { type: 'choose'; index: number; at: number }
  /** Leaves a choice's answer for the next card. */
  | { type: 'next'; at: number }
  /** `tap`: from the Undo button, ignored within `slipMs` of a grade (a double tap's second half). */
  | { type: 'undo'; at: number; tap?: boolean }
  | { type: 'saved'; token: number }
  | { type: 'saveFailed'; token: number; reason: string; at: number }
  | { type: 'takenBack' }
  | { type: 'takeBackFailed'; reason: string };

/** What starts a session: its cards, its mode, which cards repeat from earlier today, outline sizes, the time. */
export interface SessionStart {
  cardIds: readonly string[];
  mode: Mode;
  againIds?: readonly string[];
  outlineSizes: Readonly<Record<string, number>>;
  at: number;
  slipMs?: number;
  drills?: Readonly<Record<string, DrillInfo>>;
}

/** A new session over the given cards, none graded. */
export function startSession(start: SessionStart): Session {
  return {
    mode: start.mode,
    queue: createQueue(start.cardIds, start.againIds ?? []),
    outlineSizes: start.outlineSizes,
    revealed: false,
    ticked: [],
    undoStack: [],
    last: null,
    error: null,
    saving: 0,
    shownAt: start.at,
    revealedAt: -Infinity,
    gradedAt: -Infinity,
    nextToken: 1,
    slipMs: start.slipMs ?? SLIP_MS,
    drills: start.drills ?? {},
    feedback: null,
  };
}

/** The grade the ticked share of the current card's outline suggests. */
export function suggestedGrade(session: Session): number {
  const id = currentCard(session.queue);
  return suggestGrade(coverage(session.ticked.length, id ? (session.outlineSizes[id] ?? 0) : 0));
}

/** How many grades the session holds now (undone ones excluded). */
export function gradedCount(session: Session): number {
  return session.queue.history.length;
}

type Step = [Session, Write[]];

function grade(s: Session, value: number, at: number): Step {
  const cardId = currentCard(s.queue);
  if (cardId === null || !s.revealed || s.drills[cardId]?.kind === 'choice') return [s, []];
  return gradeAs(s, cardId, value, at);
}

// Grades the current card `cardId` (a choice card with the `choice` made) and asks for the log row.
function gradeAs(s: Session, cardId: string, value: number, at: number, choice?: number): Step {
  const { queue, requeued } = gradeCurrent(s.queue, value);
  const token = s.nextToken;
  const write: Write = {
    kind: 'record',
    token,
    cardId,
    grade: value,
    ticked: [...s.ticked],
    pointCount: s.outlineSizes[cardId] ?? 0,
    durationMs: Math.max(0, at - s.shownAt),
    mode: s.mode,
    ...(choice !== undefined && { choice }),
  };
  const next: Session = {
    ...s,
    queue,
    revealed: false,
    ticked: [],
    error: null,
    last: { cardId, grade: value, requeued },
    undoStack: [...s.undoStack, { token, before: s.queue, ticked: s.ticked }],
    saving: s.saving + 1,
    shownAt: at,
    gradedAt: at,
    nextToken: token + 1,
    feedback: choice !== undefined ? { cardId, chosen: choice, grade: value, requeued } : null,
  };
  return [next, [write]];
}

// A choice on the current choice card: right and quick 5, right and slow 4, wrong 1 (src/srs/choice-grade.ts).
function choose(s: Session, index: number, at: number): Step {
  const cardId = currentCard(s.queue);
  const drill = cardId === null ? undefined : s.drills[cardId];
  if (cardId === null || s.feedback || drill?.kind !== 'choice' || !(index >= 0 && index < drill.count)) return [s, []];
  return gradeAs(s, cardId, choiceGrade(index === drill.correct, at - s.shownAt, drill.budgetMs), at, index);
}

// Back to the card before `entry`, answer open and its ticks restored (a choice card: unanswered, to choose again).
function restore(s: Session, entry: UndoEntry, at: number): Session {
  const id = currentCard(entry.before);
  const choosing = id !== null && s.drills[id]?.kind === 'choice';
  return { ...s, queue: entry.before, ticked: entry.ticked, revealed: !choosing, last: null, shownAt: at, revealedAt: at, feedback: null };
}

function undo(s: Session, at: number, tap: boolean): Step {
  const entry = s.undoStack[s.undoStack.length - 1];
  // The next card is shorter, so Undo can land under the finger of a double tap on a grade: ignore that.
  if (!entry || (tap && at - s.gradedAt <= s.slipMs)) return [s, []];
  const next = { ...restore(s, entry, at), undoStack: s.undoStack.slice(0, -1), saving: s.saving + 1 };
  return [next, [{ kind: 'takeBack', token: entry.token }]];
}

// Nothing was written (the transaction rolled back): put the card back so the grade is not lost silently.
// Grades given after it are taken back too, so the screen and the log agree. A grade already rolled back
// with an earlier failure (or undone) changes nothing more.
function saveFailed(s: Session, token: number, reason: string, at: number): Step {
  const settled = { ...s, saving: s.saving - 1 };
  const index = s.undoStack.findIndex((e) => e.token === token);
  if (index < 0) return [settled, []];
  const later = s.undoStack.slice(index + 1);
  const next: Session = {
    ...restore(settled, s.undoStack[index], at),
    undoStack: s.undoStack.slice(0, index),
    error: { kind: 'save', reason },
    saving: settled.saving + later.length,
  };
  return [next, later.map((e) => ({ kind: 'takeBack', token: e.token }))];
}

/** The session after `action`, and the writes it asks for (in order). */
export function step(s: Session, action: SessionAction): Step {
  switch (action.type) {
    case 'reveal': {
      const id = currentCard(s.queue);
      const choosing = id !== null && s.drills[id]?.kind === 'choice';
      return id === null || s.revealed || choosing || s.feedback ? [s, []] : [{ ...s, revealed: true, revealedAt: action.at }, []];
    }
    case 'toggle': {
      if (!s.revealed) return [s, []];
      const ticked = s.ticked.includes(action.index)
        ? s.ticked.filter((i) => i !== action.index)
        : [...s.ticked, action.index].sort((a, b) => a - b);
      return [{ ...s, ticked }, []];
    }
    case 'grade':
      return grade(s, action.grade, action.at);
    case 'choose':
      return choose(s, action.index, action.at);
    case 'next':
      return s.feedback ? [{ ...s, feedback: null, shownAt: action.at }, []] : [s, []];
    case 'undo':
      return undo(s, action.at, action.tap === true);
    case 'saved':
    case 'takenBack':
      return [{ ...s, saving: s.saving - 1 }, []];
    case 'saveFailed':
      return saveFailed(s, action.token, action.reason, action.at);
    case 'takeBackFailed':
      return [{ ...s, saving: s.saving - 1, error: { kind: 'undo', reason: action.reason } }, []];
  }
}
