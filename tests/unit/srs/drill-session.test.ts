import { describe, expect, it } from 'vitest';
import { currentCard } from '../../../src/srs/queue';
import { gradedCount, startSession, step, type Session, type SessionAction, type Write } from '../../../src/srs/session';
import { keyAction, type KeyPress } from '../../../src/srs/session-keys';
import { drillInfo } from '../../../src/srs/drill-session';
import { OUTLINE_DRILL_FIELDS } from '../../../src/deck/drill';
import type { Card } from '../../../src/deck/types';

const card = (id: string, extra: Partial<Card>): Card => ({
  id,
  group: 'g',
  prompt: 'What does it print?',
  tags: [],
  outline: [],
  followUps: [],
  redFlags: [],
  seniorSignal: '',
  examples: [],
  sources: [],
  ...OUTLINE_DRILL_FIELDS,
  choices: [],
  ...extra,
});
// "p": a predict card (right answer 1, budget 8 s + 2 s + 19 × 50 ms + 3 × 50 ms = 11.1 s), "s": a short card, "o": an outline card.
const cards = [
  card('p', { kind: 'predict', code: { language: 'python', code: 'print(2)' }, choices: ['1', '2', '3'], correct: 1, python: '3.8+' }),
  card('s', { kind: 'short', answer: 'Yes.' }),
  card('o', { outline: ['a', 'b', 'c', 'd', 'e'] }),
];
const start = (ids = ['p', 's', 'o']): Session =>
  startSession({ cardIds: ids, mode: 'review', outlineSizes: { p: 0, s: 0, o: 5 }, at: 0, drills: drillInfo(cards) });

function run(s: Session, ...actions: SessionAction[]): [Session, Write[]] {
  const writes: Write[] = [];
  for (const action of actions) {
    const [next, w] = step(s, action);
    s = next;
    writes.push(...w);
  }
  return [s, writes];
}

const key = (k: string, at = 20_000, extra: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  at,
  repeat: false,
  modified: false,
  typing: false,
  onControl: false,
  ...extra,
});

describe('drill cards in a review session', () => {
  it('reads the drill cards of a deck: a budget for choice cards, nothing for outline cards', () => {
    expect(drillInfo(cards)).toEqual({ p: { kind: 'choice', count: 3, correct: 1, budgetMs: 11_100 }, s: { kind: 'short' } });
  });

  it('a right and quick choice is graded 5 at once and logged with the choice; the card stays with its answer until Next', () => {
    const [s, writes] = run(start(), { type: 'choose', index: 1, at: 11_100 });
    expect(writes).toEqual([
      { kind: 'record', token: 1, cardId: 'p', grade: 5, ticked: [], pointCount: 0, durationMs: 11_100, mode: 'review', choice: 1 },
    ]);
    expect(s.feedback).toEqual({ cardId: 'p', chosen: 1, grade: 5, requeued: false });
    expect(currentCard(s.queue)).toBe('s');
    const [after] = run(s, { type: 'next', at: 30_000 });
    expect(after.feedback).toBeNull();
    expect(after.shownAt).toBe(30_000);
  });

  it('a right choice after the budget is 4, a wrong one 1 and the card comes back', () => {
    expect(run(start(), { type: 'choose', index: 1, at: 11_101 })[1][0]).toMatchObject({ grade: 4, choice: 1 });
    const [s, writes] = run(start(), { type: 'choose', index: 0, at: 1_000 });
    expect(writes[0]).toMatchObject({ grade: 1, choice: 0 });
    expect(s.feedback).toMatchObject({ chosen: 0, grade: 1, requeued: true });
    expect(s.queue.pending).toEqual(['s', 'o', 'p']);
  });

  it('ignores a second choice, a choice out of range, and a reveal or a grade on a choice card', () => {
    const s = start();
    expect(run(s, { type: 'choose', index: 3, at: 5 })[0]).toBe(s);
    expect(run(s, { type: 'reveal', at: 5 })[0]).toBe(s);
    const [chosen] = run(s, { type: 'choose', index: 1, at: 5 });
    expect(run(chosen, { type: 'choose', index: 0, at: 6 })[1]).toEqual([]);
    expect(run(chosen, { type: 'reveal', at: 6 })[0]).toBe(chosen);
  });

  it('undo takes a choice back and shows the card unanswered, to choose again', () => {
    const [chosen] = run(start(), { type: 'choose', index: 0, at: 1_000 }, { type: 'saved', token: 1 });
    const [undone, writes] = run(chosen, { type: 'undo', at: 5_000 });
    expect(writes).toEqual([{ kind: 'takeBack', token: 1 }]);
    expect(undone).toMatchObject({ feedback: null, revealed: false, shownAt: 5_000 });
    expect(currentCard(undone.queue)).toBe('p');
    expect(gradedCount(undone)).toBe(0);
    expect(run(undone, { type: 'choose', index: 1, at: 6_000 })[1][0]).toMatchObject({ grade: 5, durationMs: 1_000 });
  });

  it('a short card reveals, then takes one of its four grades and no suggested grade', () => {
    const [onShort] = run(start(), { type: 'choose', index: 1, at: 1 }, { type: 'next', at: 2 });
    expect(keyAction(onShort, key(' '))).toEqual({ type: 'reveal', at: 20_000 });
    const [revealed] = run(onShort, { type: 'reveal', at: 3 });
    for (const k of ['1', '3', '4', '5']) expect(keyAction(revealed, key(k))).toEqual({ type: 'grade', grade: Number(k), at: 20_000 });
    for (const k of ['0', '2', 'Enter']) expect(keyAction(revealed, key(k))).toBeNull();
    const [, writes] = run(revealed, { type: 'grade', grade: 3, at: 4_000 });
    expect(writes[0]).toMatchObject({ cardId: 's', grade: 3, ticked: [], pointCount: 0 });
    expect(writes[0]).not.toHaveProperty('choice');
  });

  it('keys: 1–4 choose, Space or Enter go on from the answer, U undoes; outline cards keep their keys', () => {
    const s = start();
    expect(keyAction(s, key('2'))).toEqual({ type: 'choose', index: 1, at: 20_000 });
    expect(keyAction(s, key(' '))).toBeNull();
    expect(keyAction(s, key('5'))).toBeNull();
    const [chosen] = run(s, { type: 'choose', index: 1, at: 1 });
    expect(keyAction(chosen, key('Enter'))).toEqual({ type: 'next', at: 20_000 });
    expect(keyAction(chosen, key(' '))).toEqual({ type: 'next', at: 20_000 });
    expect(keyAction(chosen, key(' ', 20_000, { onControl: true }))).toBeNull();
    expect(keyAction(chosen, key('1'))).toBeNull();
    expect(keyAction(chosen, key('u'))).toEqual({ type: 'undo', at: 20_000 });
    const [onOutline] = run(start(['o']), { type: 'reveal', at: 1 });
    expect(keyAction(onOutline, key('2'))).toEqual({ type: 'grade', grade: 2, at: 20_000 });
  });
});
