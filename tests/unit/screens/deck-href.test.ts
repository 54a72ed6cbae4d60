// Deck links (issue 10): every deck-scoped address is built by deckHref, which names any deck but the main one.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/types';
import { deckHref, deckList } from '../../../src/state/deck';

const deck = (id: string): Deck => ({ id, title: id, version: '1', description: '', groups: [], cards: [], interview: null });
deckList.set(
  ['senior-python', 'concurrency-drills'].map((id, i) => ({
    deck: deck(id),
    builtin: i === 0,
    removed: false,
    outlineUpdated: new Set<string>(),
  })),
);

describe('deckHref', () => {
  it('leaves the main deck out, so old addresses keep working', () => {
    expect(deckHref('/review', 'senior-python')).toBe('/review');
    expect(deckHref('/review', 'senior-python', { exam: '1' })).toBe('/review?exam=1');
  });

  it('names any other deck after the other parameters', () => {
    expect(deckHref('/mock', 'concurrency-drills')).toBe('/mock?deck=concurrency-drills');
    expect(deckHref('/review', 'concurrency-drills', { drill: 'processes' })).toBe('/review?drill=processes&deck=concurrency-drills');
    expect(deckHref('/review', 'concurrency-drills', { exam: '1' })).toBe('/review?exam=1&deck=concurrency-drills');
  });
});
