// A mock interview on screen as a pure session for the session runner: each step shows at once and is saved in
// order; a grade is saved before the next question shows; a failed save puts the screen back as it is stored.
import { mockReducer, type MockEvent, type MockProgress } from './mock-session';
import type { MockQuestion } from './mock-compose';
import type { KeyPress } from './session-keys';

/** What the candidate settled in self-review for one question (logged with the grade). */
export interface MockGradeInput {
  index: number;
  ticked: number[];
  redFlags: number[];
  grade: number;
  pointCount: number;
  durationMs: number;
  time: number;
}

/** Why the screen shows an error: a step or a grade that was not saved (and was rolled back). */
export interface MockRunError {
  readonly kind: 'step' | 'grade';
  readonly reason: string;
}

/** A write not yet settled, with the progress to go back to if it fails. */
interface Pending {
  readonly token: number;
  readonly before: MockProgress;
}

/** The mock as the screen shows it. */
export interface MockRun {
  readonly questions: readonly MockQuestion[];
  readonly progress: MockProgress;
  readonly pending: readonly Pending[];
  /** The token of the grade being saved, or null. */
  readonly grading: number | null;
  readonly error: MockRunError | null;
  readonly nextToken: number;
}

/** Something the candidate did, or how a write went. */
export type MockRunAction =
  | { type: 'event'; event: MockEvent }
  | { type: 'grade'; grade: MockGradeInput }
  | { type: 'saved'; token: number }
  | { type: 'graded'; token: number; progress: MockProgress }
  | { type: 'saveFailed'; token: number; reason: string };

/** A write the screen asks for: one step of the mock, or a self-review grade. */
export type MockWrite = { kind: 'step'; token: number; event: MockEvent } | { kind: 'grade'; token: number; grade: MockGradeInput };

type Step = readonly [MockRun, readonly MockWrite[]];

/** The screen over a mock as stored. */
export function startMockRun(questions: readonly MockQuestion[], progress: MockProgress): MockRun {
  return { questions, progress, pending: [], grading: null, error: null, nextToken: 1 };
}

/** Whether a write is still wanted: one queued after a failed save is dropped, as its step was rolled back. */
export function isPending(run: MockRun, token: number): boolean {
  return run.pending.some((p) => p.token === token);
}

function settle(run: MockRun, token: number): MockRun {
  return { ...run, pending: run.pending.filter((p) => p.token !== token), grading: run.grading === token ? null : run.grading };
}

// Nothing was written: show the mock as stored, before this write and every later one (those are dropped).
function saveFailed(run: MockRun, token: number, reason: string): Step {
  const index = run.pending.findIndex((p) => p.token === token);
  if (index < 0) return [run, []];
  const kind = run.grading === token ? 'grade' : 'step';
  return [
    { ...run, progress: run.pending[index].before, pending: run.pending.slice(0, index), grading: null, error: { kind, reason } },
    [],
  ];
}

/** The mock after `action`, and the writes it asks for. */
export function stepMockRun(run: MockRun, action: MockRunAction): Step {
  switch (action.type) {
    case 'event': {
      const progress = mockReducer(run.progress, run.questions, action.event);
      if (progress === run.progress || run.grading !== null) return [run, []];
      const token = run.nextToken;
      const next = { ...run, progress, error: null, nextToken: token + 1, pending: [...run.pending, { token, before: run.progress }] };
      return [next, [{ kind: 'step', token, event: action.event }]];
    }
    case 'grade': {
      const fits = run.progress.phase === 'review' && run.progress.index === action.grade.index;
      if (!fits || run.grading !== null) return [run, []];
      const token = run.nextToken;
      const next = {
        ...run,
        error: null,
        grading: token,
        nextToken: token + 1,
        pending: [...run.pending, { token, before: run.progress }],
      };
      return [next, [{ kind: 'grade', token, grade: action.grade }]];
    }
    case 'saved':
      return [settle(run, action.token), []];
    case 'graded':
      return isPending(run, action.token) ? [{ ...settle(run, action.token), progress: action.progress }, []] : [run, []];
    case 'saveFailed':
      return saveFailed(run, action.token, action.reason);
  }
}

/** What a key does in self-review: 0–5 grade (with focus on a ticked point too); only typing turns them off. */
export function gradeKey(k: KeyPress): number | null {
  if (k.repeat || k.modified || k.typing || !/^[0-5]$/.test(k.key)) return null;
  return Number(k.key);
}

/** Whether a key is the asking screen's Space (start or finish the answer); not on a control, where Space is its own. */
export function isPrimaryKey(k: KeyPress): boolean {
  return k.key === ' ' && !k.repeat && !k.modified && !k.typing && !k.onControl;
}
