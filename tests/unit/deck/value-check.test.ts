// A synced deck version is checked exactly as an imported file: what the importer would refuse is refused.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../../src/deck/parse';
import { checkDeckValue, utf8Length } from '../../../src/deck/value-check';
import type { Deck } from '../../../src/deck/types';

const text = readFileSync(new URL('./fixtures/valid.md', import.meta.url), 'utf8');
const parsed = parseDeck(text);
if (!parsed.ok) throw new Error('fixture does not parse');
const deck: Deck = parsed.deck;
const messages = (value: unknown): string[] => {
  const check = checkDeckValue(value);
  return check.ok ? [] : check.problems.map((p) => p.message);
};

describe('checkDeckValue', () => {
  it('accepts a deck the importer accepts, and returns the deck the importer reads', () => {
    const check = checkDeckValue(JSON.parse(JSON.stringify(deck)));
    expect(check).toEqual({ ok: true, deck });
  });

  it('refuses what is not a deck, a deck breaking the format, and one over the limits', () => {
    expect(messages(null)).toEqual(['this is not a deck']);
    expect(messages({ id: 'x', version: '1', cards: 'no' })).toEqual(['deck "x" is not in the shape of a deck']);
    const oneFollowUp = { ...deck, cards: [{ ...deck.cards[0]!, followUps: ['only'] }] };
    expect(messages(oneFollowUp).join()).toMatch(/needs at least 2 follow-ups/);
    const tooMany = { ...deck, cards: Array.from({ length: 501 }, (_, i) => ({ ...deck.cards[0]!, id: `c${i}` })) };
    expect(messages(tooMany)).toEqual(['the deck has 501 cards; a deck may have at most 500']);
    const huge = { ...deck, description: 'é'.repeat(600_000) };
    expect(messages(huge).join()).toMatch(/a deck may be at most 1 MB/);
  });

  it('refuses a deck whose file reads back under another version', () => {
    expect(messages({ ...deck, version: 'two words' }).length).toBeGreaterThan(0);
  });

  it('measures text as UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
