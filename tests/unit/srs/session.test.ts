import { describe, expect, it } from 'vitest';
import { currentCard } from '../../../src/srs/queue';
import { gradedCount, startSession, step, suggestedGrade, type Session, type SessionAction, type Write } from '../../../src/srs/session';
import { keyAction, type KeyPress } from '../../../src/srs/session-keys';

const start = (ids = ['a', 'b', 'c'], extra: Partial<Parameters<typeof startSession>[0]> = {}): Session =>
  startSession({ cardIds: ids, mode: 'review', outlineSizes: { a: 5, b: 4, c: 6 }, at: 0, ...extra });

/** Applies actions in order; returns the last session and every write asked for. */
function run(s: Session, ...actions: SessionAction[]): [Session, Write[]] {
  const writes: Write[] = [];
  for (const action of actions) {
    const [next, w] = step(s, action);
    s = next;
    writes.push(...w);
  }
  return [s, writes];
}

const reveal = (at = 10): SessionAction => ({ type: 'reveal', at });
const grade = (value: number, at = 1000): SessionAction => ({ type: 'grade', grade: value, at });

describe('review session', () => {
  it('shows a card, reveals it, ticks points and grades it: the next card comes, and one write logs the grade', () => {
    const [s, writes] = run(start(), reveal(), { type: 'toggle', index: 2 }, { type: 'toggle', index: 0 }, grade(4, 9000));
    expect(currentCard(s.queue)).toBe('b');
    expect(s).toMatchObject({ revealed: false, ticked: [], saving: 1, last: { cardId: 'a', grade: 4, requeued: false } });
    expect(writes).toEqual([
      { kind: 'record', token: 1, cardId: 'a', grade: 4, ticked: [0, 2], pointCount: 5, durationMs: 9000, mode: 'review' },
    ]);
    expect(run(s, { type: 'saved', token: 1 })[0].saving).toBe(0);
  });

  it('ignores a grade before the answer is shown, and toggling a tick twice removes it', () => {
    const [s, writes] = run(start(), grade(5), reveal(), { type: 'toggle', index: 1 }, { type: 'toggle', index: 1 });
    expect(writes).toEqual([]);
    expect(s.ticked).toEqual([]);
    expect(currentCard(s.queue)).toBe('a');
  });

  it('suggests the grade the ticked share of the outline gives', () => {
    const [s] = run(
      start(),
      reveal(),
      { type: 'toggle', index: 0 },
      { type: 'toggle', index: 1 },
      { type: 'toggle', index: 2 },
      { type: 'toggle', index: 3 },
    );
    expect(suggestedGrade(s)).toBe(4); // 4 of 5 points
  });

  it('undo brings back the previous card with its answer open and ticks, and takes the logged grade back', () => {
    const [graded] = run(start(), reveal(), { type: 'toggle', index: 3 }, grade(2));
    const [s, writes] = run(graded, { type: 'undo', at: 5000 });
    expect(currentCard(s.queue)).toBe('a');
    expect(s).toMatchObject({ revealed: true, ticked: [3], last: null, saving: 2, undoStack: [] });
    expect(s.queue).toBe(graded.undoStack[0].before);
    expect(writes).toEqual([{ kind: 'takeBack', token: 1 }]);
    expect(gradedCount(s)).toBe(0);
    expect(run(s, { type: 'undo', at: 6000 })[1]).toEqual([]); // nothing left to undo
  });

  it('ignores a tap on Undo within the double-tap window after a grade, but not the U key', () => {
    const [graded] = run(start(undefined, { slipMs: 300 }), reveal(), grade(4, 1000));
    expect(run(graded, { type: 'undo', at: 1300, tap: true })[1]).toEqual([]);
    expect(run(graded, { type: 'undo', at: 1301, tap: true })[1]).toEqual([{ kind: 'takeBack', token: 1 }]);
    expect(run(graded, { type: 'undo', at: 1001 })[1]).toEqual([{ kind: 'takeBack', token: 1 }]);
  });

  it('rolls back after a failed save: the card is back as it was, with the reason, and nothing else changes', () => {
    const [graded] = run(start(), reveal(), { type: 'toggle', index: 1 }, grade(5));
    const [s, writes] = run(graded, { type: 'saveFailed', token: 1, reason: 'disk full', at: 2000 });
    expect(currentCard(s.queue)).toBe('a');
    expect(s).toMatchObject({
      revealed: true,
      ticked: [1],
      last: null,
      saving: 0,
      undoStack: [],
      error: { kind: 'save', reason: 'disk full' },
    });
    expect(writes).toEqual([]);
    // Grading it again works and clears the error.
    const [again, w] = run(s, grade(4, 3000));
    expect(again.error).toBeNull();
    expect(w).toEqual([expect.objectContaining({ kind: 'record', token: 2, cardId: 'a', ticked: [1] })]);
  });

  it('a failed save takes back the grades given after it, so the screen and the log agree', () => {
    const [s1] = run(start(), reveal(), grade(5, 100), reveal(110), grade(3, 200), reveal(210), grade(4, 300));
    expect(s1.saving).toBe(3);
    const [s, writes] = run(s1, { type: 'saved', token: 1 }, { type: 'saveFailed', token: 2, reason: 'gone', at: 400 });
    expect(currentCard(s.queue)).toBe('b');
    expect(s.undoStack.map((e) => e.token)).toEqual([1]);
    expect(writes).toEqual([{ kind: 'takeBack', token: 3 }]);
    // Grade 3 is saved later (then taken back): the session stays where the rollback put it.
    const [end] = run(s, { type: 'saved', token: 3 }, { type: 'takenBack' });
    expect(end.saving).toBe(0);
    expect(currentCard(end.queue)).toBe('b');
    expect(gradedCount(end)).toBe(1);
  });

  it('two failed saves in a row: the first rolls both grades back, the second changes nothing more', () => {
    const [s1] = run(start(), reveal(), { type: 'toggle', index: 0 }, grade(5, 100), reveal(110), grade(4, 200));
    const [s2, w2] = run(s1, { type: 'saveFailed', token: 1, reason: 'quota', at: 300 });
    expect(w2).toEqual([{ kind: 'takeBack', token: 2 }]);
    const [s3, w3] = run(s2, { type: 'saveFailed', token: 2, reason: 'quota again', at: 310 }, { type: 'takenBack' });
    expect(w3).toEqual([]);
    expect(currentCard(s3.queue)).toBe('a');
    expect(s3).toMatchObject({ revealed: true, ticked: [0], undoStack: [], saving: 0, error: { kind: 'save', reason: 'quota' } });
    expect(gradedCount(s3)).toBe(0);
    expect(s3.queue).toBe(s1.undoStack[0].before);
  });

  it('a grade undone before its save failed stays undone, with no error', () => {
    const [s1] = run(start(), reveal(), grade(5, 100), { type: 'undo', at: 200 });
    const [s, writes] = run(s1, { type: 'saveFailed', token: 1, reason: 'x', at: 300 });
    expect(writes).toEqual([]);
    expect(s.error).toBeNull();
    expect(currentCard(s.queue)).toBe('a');
  });

  it('says when an undo could not be written', () => {
    const [s1] = run(start(), reveal(), grade(5), { type: 'saved', token: 1 }, { type: 'undo', at: 2000 });
    const [s] = run(s1, { type: 'takeBackFailed', reason: 'locked' });
    expect(s).toMatchObject({ saving: 0, error: { kind: 'undo', reason: 'locked' } });
  });

  it('brings a card graded below 4 back at the end of the session', () => {
    const [s] = run(start(['a', 'b']), reveal(), grade(3), reveal(), grade(5));
    expect(currentCard(s.queue)).toBe('a');
    const [end] = run(s, reveal(), grade(4));
    expect(currentCard(end.queue)).toBeNull();
    expect(gradedCount(end)).toBe(3);
  });
});

describe('review session keys', () => {
  const key = (k: string, at = 1000, more: Partial<KeyPress> = {}): KeyPress => ({
    key: k,
    at,
    repeat: false,
    modified: false,
    typing: false,
    onControl: false,
    ...more,
  });
  const revealed = run(start(), reveal(500))[0];

  it('Space or Enter shows the answer, but not on a control, while typing, held or with Ctrl', () => {
    expect(keyAction(start(), key(' '))).toEqual({ type: 'reveal', at: 1000 });
    expect(keyAction(start(), key('Enter'))).toEqual({ type: 'reveal', at: 1000 });
    expect(keyAction(start(), key(' ', 1000, { onControl: true }))).toBeNull();
    expect(keyAction(start(), key('Enter', 1000, { typing: true }))).toBeNull();
    expect(keyAction(start(), key('Enter', 1000, { repeat: true }))).toBeNull();
    expect(keyAction(start(), key('5', 1000, { modified: true }))).toBeNull();
  });

  it('digits grade only once the answer is shown', () => {
    expect(keyAction(start(), key('4'))).toBeNull();
    expect(keyAction(revealed, key('4'))).toEqual({ type: 'grade', grade: 4, at: 1000 });
    expect(keyAction(revealed, key('6'))).toBeNull();
  });

  it('Enter confirms the suggested grade, except right after the answer was shown (a double press)', () => {
    expect(keyAction(revealed, key('Enter', 900))).toBeNull(); // 400 ms after the reveal at 500
    expect(keyAction(revealed, key('Enter', 901))).toEqual({ type: 'grade', grade: 0, at: 901 });
    expect(keyAction(revealed, key('Enter', 2000, { onControl: true }))).toBeNull();
  });

  it('U undoes, in either case; other keys are left to the browser', () => {
    expect(keyAction(revealed, key('u'))).toEqual({ type: 'undo', at: 1000 });
    expect(keyAction(start(), key('U'))).toEqual({ type: 'undo', at: 1000 });
    expect(keyAction(revealed, key(' '))).toBeNull();
    expect(keyAction(revealed, key('x'))).toBeNull();
  });
});
