// The concurrency drill deck: it parses, keeps the shape a drill deck needs, and backs every version claim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { formatIssues } from '../../../src/deck/format-issues';

const deckPath = new URL('../../../data/decks/concurrency-drills.md', import.meta.url);

function loadDeck() {
  const result = parseDeck(readFileSync(deckPath, 'utf8'));
  if (!result.ok) throw new Error(formatIssues('concurrency-drills.md', result.issues));
  return result.deck;
}

/** Every Python version a text names ("3.11", "3.14t" counts as 3.14). */
function versionsIn(text: string): string[] {
  return [...text.matchAll(/\b3\.(\d{1,2})\b/g)].map((m) => `3.${m[1]}`);
}

describe('the concurrency drill deck', () => {
  const deck = loadDeck();

  it('parses with no problems and has its own id and a version', () => {
    expect(deck.id).toBe('concurrency-drills');
    expect(deck.version).toMatch(/^\S+$/);
    expect(deck.description.length).toBeGreaterThan(20);
  });

  it('has 12 to 20 cards in 2 to 4 groups, each group with at least two cards', () => {
    expect(deck.cards.length).toBeGreaterThanOrEqual(12);
    expect(deck.cards.length).toBeLessThanOrEqual(20);
    expect(deck.groups.length).toBeGreaterThanOrEqual(2);
    expect(deck.groups.length).toBeLessThanOrEqual(4);
    for (const group of deck.groups) {
      expect(deck.cards.filter((c) => c.group === group.id).length, group.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('shares no card id with the senior deck, so progress never mixes', () => {
    const senior = parseDeck(readFileSync(new URL('../../../data/decks/senior-python.md', import.meta.url), 'utf8'));
    if (!senior.ok) throw new Error('senior deck does not parse');
    const seniorIds = new Set(senior.deck.cards.map((c) => c.id));
    expect(deck.cards.map((c) => c.id).filter((id) => seniorIds.has(id))).toEqual([]);
  });

  it.each(loadDeck().cards.map((c) => [c.id, c] as const))('card %s meets the senior deck bar', (_id, card) => {
    expect(card.prompt).toMatch(/\?$/);
    expect(card.outline.length).toBeGreaterThanOrEqual(5);
    expect(card.outline.length).toBeLessThanOrEqual(8);
    expect(card.followUps.length).toBeGreaterThanOrEqual(2);
    expect(card.redFlags.length).toBeGreaterThanOrEqual(2);
    expect(card.seniorSignal.length).toBeGreaterThan(20);
    expect(card.examples.length, 'every drill answer is about code').toBeGreaterThan(0);
    expect(card.sources.length).toBeGreaterThan(0);
  });

  it('says which Python version each example needs', () => {
    for (const card of deck.cards) {
      for (const example of card.examples) {
        expect(example.code.split('\n')[0], card.id).toMatch(/#.*(any Python 3|runs on any 3\.x|3\.\d+\+|POSIX)/);
      }
    }
  });

  it('cites a source for every Python version and PEP a card names', () => {
    for (const card of deck.cards) {
      const text = [...card.outline, ...card.followUps, ...card.redFlags, card.seniorSignal].join(' ');
      const sources = card.sources.join(' ');
      // Each version named in the answer appears in the card's sources, so a reader can check the claim.
      for (const version of versionsIn(text)) expect(sources, `${card.id} names ${version}`).toContain(version);
      for (const pep of text.matchAll(/PEP (\d+)/g)) {
        expect(sources, `${card.id} names PEP ${pep[1]}`).toContain(`pep-${pep[1].padStart(4, '0')}`);
      }
    }
  });

  it('has an interview section whose paired tags all exist in the deck', () => {
    const interview = deck.interview;
    expect(interview).not.toBeNull();
    expect(interview!.questions.min).toBeGreaterThanOrEqual(3);
    expect(interview!.groups.max).toBeLessThanOrEqual(deck.groups.length);
    expect(interview!.pair.length).toBeGreaterThanOrEqual(2);
    const tags = new Set(deck.cards.flatMap((c) => c.tags));
    for (const tag of interview!.pair) expect(tags.has(tag), tag).toBe(true);
    expect(interview!.guidance.length).toBeGreaterThan(0);
    expect(interview!.tips.length).toBeGreaterThan(0);
  });
});
