import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { classSummary } from '../../../src/protocol/class';
import { localDay } from '../../../src/srs/days';
import { newSchedule, type CardSchedule } from '../../../src/srs/fold';
import { buildClassSummary } from '../../../src/sync/class-summary';
import { readFileSync } from 'node:fs';

const parsed = parseDeck(readFileSync(new URL('../deck/fixtures/valid.md', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('fixture');
const deck = parsed.deck;
const NOW = Date.UTC(2026, 5, 10, 12);

describe('what sharing sends', () => {
  it('sends per graded card its SM-2 state and per group readiness, and nothing for a card never graded', () => {
    const graded: CardSchedule = {
      ...newSchedule(),
      repetitions: 2,
      interval: 6,
      easeFactor: 2.5,
      due: localDay(NOW) + 6,
      lastReviewed: NOW - 3_600_000,
      lastGrade: 4,
      lastCoverage: 0.8,
      reviewCount: 3,
    };
    const summary = buildClassSummary([{ deck, states: new Map([[deck.cards[0]!.id, graded]]) }], 5, NOW);
    expect(summary).toEqual({
      activeDays14: 5,
      decks: [
        {
          deckId: deck.id,
          version: deck.version,
          groups: [{ id: deck.groups[0]!.id, readiness: expect.any(Number) }],
          cards: [
            {
              id: deck.cards[0]!.id,
              repetitions: 2,
              interval: 6,
              due: localDay(NOW) + 6,
              lastGrade: 4,
              lastDay: localDay(NOW - 3_600_000),
              reviews: 3,
            },
          ],
        },
      ],
    });
    expect(summary.decks[0]!.groups[0]!.readiness).toBeGreaterThan(0);
    expect(classSummary.problem(summary, NOW)).toBeNull();
    const none = buildClassSummary([{ deck, states: new Map([[deck.cards[0]!.id, newSchedule()]]) }], 0, NOW);
    expect(none.decks[0]!.cards).toEqual([]);
    expect(none.decks[0]!.groups[0]!.readiness).toBe(0);
  });

  it('never carries the log, ticks, coverage or the ease factor', () => {
    const graded: CardSchedule = {
      ...newSchedule(),
      repetitions: 1,
      interval: 1,
      due: 1,
      lastReviewed: NOW,
      lastGrade: 5,
      lastCoverage: 1,
      reviewCount: 1,
    };
    const text = JSON.stringify(buildClassSummary([{ deck, states: new Map([[deck.cards[0]!.id, graded]]) }], 1, NOW));
    for (const word of ['easeFactor', 'lastCoverage', 'ticked', 'time', 'mode', 'prompt']) expect(text).not.toContain(word);
  });
});
