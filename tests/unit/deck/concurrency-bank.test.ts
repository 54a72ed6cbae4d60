// The concurrency drill bank: enough atomic cards on every topic, each short, and every version claim sourced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { formatIssues } from '../../../src/deck/format-issues';

const deckPath = new URL('../../../data/decks/concurrency-bank.md', import.meta.url);

function loadDeck() {
  const result = parseDeck(readFileSync(deckPath, 'utf8'));
  if (!result.ok) throw new Error(formatIssues('concurrency-bank.md', result.issues));
  return result.deck;
}

/** The topics the bank must cover, one group each, in this order. */
const TOPICS = [
  'threads-gil',
  'races-locks',
  'deadlocks',
  'sync-primitives',
  'queues',
  'executors',
  'event-loop',
  'task-lifetime',
  'cancellation',
  'taskgroups',
  'blocking-in-async',
  'async-back-pressure',
  'processes',
  'pickling',
  'shared-state',
  'free-threading',
  'subinterpreters',
  'measuring',
];

describe('the concurrency drill bank', () => {
  const deck = loadDeck();

  it('is its own deck with a version', () => {
    expect(deck.id).toBe('concurrency-bank');
    expect(deck.version).toMatch(/^\S+$/);
  });

  it('has at least 120 drill cards, 40 of them predict cards, and no outline cards', () => {
    expect(deck.cards.length).toBeGreaterThanOrEqual(120);
    expect(deck.cards.filter((c) => c.kind === 'predict').length).toBeGreaterThanOrEqual(40);
    expect(deck.cards.filter((c) => c.kind === 'outline')).toEqual([]);
    for (const kind of ['short', 'choice'] as const)
      expect(
        deck.cards.some((c) => c.kind === kind),
        kind,
      ).toBe(true);
  });

  it('has one group per topic, each with at least five cards', () => {
    expect(deck.groups.map((g) => g.id)).toEqual(TOPICS);
    for (const group of deck.groups) {
      expect(deck.cards.filter((c) => c.group === group.id).length, group.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('shares no card id with the other built-in decks', () => {
    for (const other of ['senior-python.md', 'concurrency-drills.md']) {
      const parsed = parseDeck(readFileSync(new URL(`../../../data/decks/${other}`, import.meta.url), 'utf8'));
      if (!parsed.ok) throw new Error(`${other} does not parse`);
      const ids = new Set(parsed.deck.cards.map((c) => c.id));
      expect(
        deck.cards.map((c) => c.id).filter((id) => ids.has(id)),
        other,
      ).toEqual([]);
    }
  });

  it.each(loadDeck().cards.map((c) => [c.id, c] as const))('card %s asks one short question', (_id, card) => {
    expect(card.prompt.length).toBeLessThanOrEqual(160);
    expect(card.prompt).toMatch(/\?$/);
    expect(card.prompt.split('?').length - 1).toBe(1);
    if (card.kind === 'short') expect(card.answer.split(/\s+/).length).toBeLessThanOrEqual(40);
  });

  it('links a source on every card that names a Python version, a PEP or a default', () => {
    for (const card of deck.cards) {
      const text = [card.prompt, card.answer, card.why, ...card.choices].join(' ');
      if (/\b3\.\d+\b|PEP \d+|default/i.test(text)) {
        expect(card.sources.filter((s) => s.startsWith('https://')).length, card.id).toBeGreaterThan(0);
      }
      for (const pep of text.matchAll(/PEP (\d+)/g)) {
        expect(card.sources.join(' '), `${card.id} names PEP ${pep[1]}`).toContain(`pep-${pep[1].padStart(4, '0')}`);
      }
    }
  });
});
