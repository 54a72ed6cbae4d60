// The review log's gate admits exactly the card ids the deck parser accepts: a deck whose ids the parser
// takes must never produce grades the gate then refuses (a backup that cannot be restored, a stuck sync push).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/deck/parse';
import { admitRow, GateError } from '../../../src/srs/log-gate';
import { cardKey } from '../../../src/srs/log-row';

const valid = readFileSync(new URL('../deck/fixtures/valid.md', import.meta.url), 'utf8');
const now = Date.parse('2026-11-25T12:00:00Z');
const id = (n: number): string => `c${'a'.repeat(n - 1)}`;

/** A grade the app could have written for `deckId/cardId`. */
function row(deckId: string, cardId: string): Record<string, unknown> {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    cardKey: cardKey(deckId, cardId),
    deckId,
    cardId,
    time: now - 1000,
    day: Math.floor((now - 1000) / 86_400_000),
    grade: 4,
    ticked: [0, 1, 2, 3],
    pointCount: 5,
    coverage: 0.8,
    durationMs: 9000,
    mode: 'review',
  };
}

describe('log gate: ids', () => {
  it('admits an 80-character card id and deck id', () => {
    expect(admitRow(row(id(80), id(80)), now).cardId).toBe(id(80));
  });

  it('refuses an 81-character card id or deck id', () => {
    expect(() => admitRow(row('mini', id(81)), now)).toThrow(GateError);
    expect(() => admitRow(row(id(81), 'first'), now)).toThrow(/deck id that is not a short slug/);
  });

  it('agrees with the parser at the limit: what a deck may name, the log admits', () => {
    for (const n of [79, 80, 81, 82]) {
      const parsed = parseDeck(valid.replace('### Card first', `### Card ${id(n)}`).replace('# Deck mini:', `# Deck ${id(n)}:`));
      let admitted = true;
      try {
        admitRow(row(id(n), id(n)), now);
      } catch {
        admitted = false;
      }
      expect(admitted, `${n} characters`).toBe(parsed.ok);
    }
  });
});
