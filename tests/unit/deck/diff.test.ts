// Deck versions and diffs: what a new version adds, removes and changes; which versions are newer.
import { describe, expect, it } from 'vitest';
import { diffDecks, planImport } from '../../../src/deck/diff';
import { compareVersions } from '../../../src/deck/version';
import type { Card, Deck } from '../../../src/deck/types';
import { OUTLINE_DRILL_FIELDS } from '../../../src/deck/drill';

const card = (id: string, extra: Partial<Card> = {}): Card => ({
  id,
  group: 'g',
  prompt: `Q ${id}?`,
  tags: [],
  outline: ['a', 'b', 'c', 'd', 'e'],
  followUps: ['f', 'g'],
  redFlags: ['r', 's'],
  seniorSignal: 'S',
  examples: [],
  sources: [],
  ...OUTLINE_DRILL_FIELDS,
  choices: [],
  ...extra,
});
const deck = (version: string, cards: Card[]): Deck => ({
  id: 'd',
  title: 'D',
  version,
  description: '',
  groups: [{ id: 'g', title: 'G' }],
  cards,
  interview: null,
});

describe('compareVersions', () => {
  it('compares numbers inside versions as numbers', () => {
    expect(compareVersions('2026.11.10', '2026.11.9')).toBeGreaterThan(0);
    expect(compareVersions('2', '10')).toBeLessThan(0);
    expect(compareVersions('1.0', '1.0')).toBe(0);
    expect(compareVersions('1.0.1', '1.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.1')).toBeLessThan(0);
    expect(compareVersions('v2', 'v1')).toBeGreaterThan(0);
  });
});

describe('diffDecks', () => {
  it('lists added, removed, prompt- and outline-changed cards; other text is not a change', () => {
    const before = deck('1', [card('a'), card('b'), card('c'), card('d')]);
    const after = deck('2', [
      card('a', { seniorSignal: 'better' }),
      card('b', { prompt: 'new?' }),
      card('c', { outline: ['a', 'b', 'c', 'd', 'e2'] }),
      card('e'),
    ]);
    expect(diffDecks(before, after)).toEqual({
      added: ['e'],
      removed: ['d'],
      promptChanged: ['b'],
      outlineChanged: ['c'],
      unchanged: ['a'],
    });
  });
});

describe('planImport', () => {
  const v1 = deck('1', [card('a')]);
  it('is new, an update with its diff, the same, or older', () => {
    expect(planImport(undefined, v1, compareVersions)).toEqual({ kind: 'new' });
    expect(planImport(v1, v1, compareVersions)).toEqual({ kind: 'same' });
    expect(planImport(deck('2', []), v1, compareVersions)).toEqual({ kind: 'older', stored: '2' });
    expect(planImport(v1, deck('2', [card('b')]), compareVersions)).toMatchObject({
      kind: 'update',
      diff: { added: ['b'], removed: ['a'] },
    });
  });
});
