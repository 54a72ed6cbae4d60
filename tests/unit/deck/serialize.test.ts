// The serializer: parse(serialize(deck)) equals the deck, for the fixture, the built-in decks and edge cases.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { serializeDeck } from '../../../src/deck/serialize';
import type { Deck } from '../../../src/deck/types';

function parsed(text: string): Deck {
  const result = parseDeck(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.deck;
}

const decksDir = new URL('../../../data/decks/', import.meta.url);
const files = [
  new URL('./fixtures/valid.md', import.meta.url),
  ...readdirSync(decksDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => new URL(f, decksDir)),
];

describe('serializeDeck', () => {
  it.each(files.map((f) => [f.pathname.split('/').pop(), f]))('round-trips %s', (_name, file) => {
    const deck = parsed(readFileSync(file, 'utf8'));
    const text = serializeDeck(deck);
    expect(parseDeck(text)).toEqual({ ok: true, deck });
    expect(serializeDeck(parsed(text))).toBe(text); // and it is stable
  });

  it('keeps empty code blocks, single-number ranges, no tags and no interview', () => {
    const deck = parsed(readFileSync(files[0], 'utf8'));
    const edited: Deck = {
      ...deck,
      description: '',
      interview: deck.interview && { ...deck.interview, questions: { min: 3, max: 3 }, pair: [], tips: [] },
      cards: deck.cards.map((c) => ({
        ...c,
        tags: [],
        sources: [],
        examples: [
          { language: 'text', code: '' },
          { language: 'py', code: 'a\n\n  b' },
        ],
      })),
    };
    expect(parseDeck(serializeDeck(edited))).toEqual({ ok: true, deck: edited });
    const bare: Deck = { ...edited, interview: null };
    expect(parseDeck(serializeDeck(bare))).toEqual({ ok: true, deck: bare });
  });

  it('writes text as it is: markup in a deck stays characters', () => {
    const deck = parsed(readFileSync(files[0], 'utf8'));
    expect(serializeDeck(deck)).toContain('- Says <img src=x onerror=alert(1)>.');
  });
});
