// A mock interview asks outline cards only: drill cards are never asked, and a deck of drills alone offers no mock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMock, mockCards, NO_MOCK_MESSAGE, type ComposerCard } from '../../../src/srs/mock-compose';
import { interviewRules } from '../../../src/srs/mock-rules';

const card = (id: string, group: string, drill: boolean): ComposerCard => ({ id, group, tags: [], readiness: 0, followUps: 2, drill });
const options = { count: 3, groups: 'auto' as const, favourWeakest: true, followUps: true };

describe('mock interviews and drill cards', () => {
  it('never asks a drill card, for any seed, though drills outnumber outline cards', () => {
    const cards = ['a', 'b', 'c'].flatMap((g) => [
      card(`${g}-o1`, g, false),
      card(`${g}-o2`, g, false),
      ...Array.from({ length: 6 }, (_, i) => card(`${g}-d${i}`, g, true)),
    ]);
    const rules = interviewRules(null, mockCards(cards).length, 3);
    expect(rules.questions).toEqual({ min: 6, max: 6 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const result = composeMock(rules, cards, { ...options, count: rules.questions.min }, seed);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.questions.every((q) => !q.cardId.includes('-d'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('offers no mock for a deck of drill cards only, and says why', () => {
    const cards = [card('d1', 'a', true), card('d2', 'a', true), card('d3', 'b', true)];
    expect(mockCards(cards)).toEqual([]);
    expect(composeMock({ questions: { min: 1, max: 3 }, groups: { min: 1, max: 2 }, pair: [] }, cards, options, 1)).toEqual({
      ok: false,
      message: NO_MOCK_MESSAGE,
    });
  });

  it('counts only outline cards when a group of drills would make up the numbers', () => {
    const cards = [card('o1', 'a', false), card('o2', 'a', false), card('d1', 'b', true), card('d2', 'b', true)];
    const result = composeMock({ questions: { min: 3, max: 3 }, groups: { min: 1, max: 2 }, pair: [] }, cards, options, 7);
    expect(result.ok).toBe(false);
  });
});
