import { describe, expect, it } from 'vitest';
import { createQueue, currentCard, gradeCurrent, isAgain, progress, undoLast } from '../../../src/srs/queue';

describe('session queue', () => {
  it('shows cards in order and ends when all are graded 4 or more', () => {
    let q = createQueue(['a', 'b']);
    expect(currentCard(q)).toBe('a');
    q = gradeCurrent(q, 5).queue;
    expect(currentCard(q)).toBe('b');
    q = gradeCurrent(q, 4).queue;
    expect(currentCard(q)).toBeNull();
  });

  it('requeues a card graded below 4 after the others, until it scores 4+ (step 7)', () => {
    let q = createQueue(['a', 'b', 'c']);
    const first = gradeCurrent(q, 3);
    expect(first.requeued).toBe(true);
    q = first.queue;
    expect(q.pending).toEqual(['b', 'c', 'a']);
    q = gradeCurrent(gradeCurrent(q, 5).queue, 5).queue;
    expect(currentCard(q)).toBe('a');
    expect(isAgain(q)).toBe(true);
    const again = gradeCurrent(q, 2);
    expect(currentCard(again.queue)).toBe('a');
    const done = gradeCurrent(again.queue, 4);
    expect(currentCard(done.queue)).toBeNull();
  });

  it('reports "card n of m" on the first pass and how many come back', () => {
    let q = createQueue(['a', 'b', 'c']);
    expect(progress(q)).toEqual({ position: 1, total: 3, againLeft: 0 });
    q = gradeCurrent(q, 2).queue;
    expect(progress(q)).toEqual({ position: 2, total: 3, againLeft: 1 });
  });

  it('undo restores exactly the previous session', () => {
    const q0 = createQueue(['a', 'b']);
    const q1 = gradeCurrent(q0, 2).queue;
    expect(undoLast(q1)).toBe(q0);
    expect(undoLast(q0)).toBe(q0);
  });

  it('refuses to grade when the session is over', () => {
    const done = gradeCurrent(createQueue(['a']), 5).queue;
    expect(() => gradeCurrent(done, 5)).toThrow();
  });

  it('shows repeats from earlier today as repeats, not as new cards', () => {
    const q = createQueue(['a', 'b', 'c'], ['c']);
    expect(progress(q)).toEqual({ position: 1, total: 2, againLeft: 1 });
    const last = gradeCurrent(gradeCurrent(q, 5).queue, 5).queue;
    expect(currentCard(last)).toBe('c');
    expect(isAgain(last)).toBe(true);
    expect(currentCard(gradeCurrent(last, 5).queue)).toBeNull();
  });
});
