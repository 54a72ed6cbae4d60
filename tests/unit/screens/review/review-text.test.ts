import { describe, expect, it } from 'vitest';
import { errorText, progressText, statusText, summary } from '../../../../src/screens/review/review-text';

describe('review screen sentences', () => {
  it('progress: "Card n of m", repeats left after a dot, and only repeats once no new card is left', () => {
    expect(progressText(3, 16, 0)).toBe('Card 3 of 16');
    expect(progressText(3, 16, 2)).toBe('Card 3 of 16 · 2 again');
    expect(progressText(0, 0, 1)).toBe('1 again');
  });

  it('summary: cards done, repeats until known, singular and plural, and that drills keep the schedule', () => {
    expect(summary(1, 1, 'review')).toBe('1 card done. Every grade is saved.');
    expect(summary(16, 20, 'review')).toBe('16 cards done; 4 repeats until you knew them. Every grade is saved.');
    expect(summary(4, 5, 'drill')).toBe(
      '4 cards done; 1 repeat until you knew them. Every grade is saved. Drills do not change your schedule.',
    );
    expect(summary(0, 2, 'review')).toBe('2 repeats done. Every grade is saved.');
  });

  it('status line: saving, then saved, with the grade in words and whether the card comes back', () => {
    expect(statusText({ last: null, saving: 0 })).toBe('');
    expect(statusText({ last: { cardId: 'a', grade: 3, requeued: true }, saving: 1 })).toBe(
      'Saving: 3 · Pass. That card comes back later this session.',
    );
    expect(statusText({ last: { cardId: 'a', grade: 5, requeued: false }, saving: 0 })).toBe('Saved: 5 · Perfect.');
  });

  it('errors say what failed, why, and what to do', () => {
    expect(errorText({ error: null })).toBeNull();
    expect(errorText({ error: { kind: 'save', reason: 'your device is out of storage space' } })).toBe(
      'Your grade for this card could not be saved: your device is out of storage space. Nothing was changed; please grade it again.',
    );
    expect(errorText({ error: { kind: 'undo', reason: 'storage failed: x' } })).toBe('Undo failed: storage failed: x.');
  });
});
