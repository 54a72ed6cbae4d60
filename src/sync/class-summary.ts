// What sharing sends, built from this device's card states: for the class's decks only, per graded card its
// SM-2 state and per group readiness, plus the days with grades in the last 14. Never the log, ticks, recordings
// or mocks (pure: the states and the clock are passed in).
import type { Deck } from '../deck/types';
import type { CardSummary, ClassSummary, DeckSummary } from '../protocol/class';
import { localDay } from '../srs/days';
import type { CardSchedule } from '../srs/fold';
import { groupReadiness } from '../srs/readiness';

/** A class deck as stored here, with its cards' states (keyed by card id). */
export interface DeckStates {
  deck: Deck;
  states: ReadonlyMap<string, CardSchedule>;
}

const MAX_DAY = 1e6;
const clampDay = (d: number) => Math.min(MAX_DAY, Math.max(0, d));

function cardSummary(id: string, s: CardSchedule): CardSummary | null {
  if (s.reviewCount === 0 || s.lastReviewed === null) return null;
  const lastDay = clampDay(localDay(s.lastReviewed));
  return {
    id,
    repetitions: Math.min(s.repetitions, s.reviewCount),
    interval: clampDay(Math.round(s.interval)),
    due: clampDay(s.due ?? lastDay),
    lastGrade: s.lastGrade ?? 0,
    lastDay,
    reviews: Math.min(s.reviewCount, 100_000),
  };
}

function deckSummary({ deck, states }: DeckStates, now: number): DeckSummary {
  return {
    deckId: deck.id,
    version: deck.version,
    groups: deck.groups.map((g) => {
      const cards = deck.cards.filter((c) => c.group === g.id).flatMap((c) => states.get(c.id) ?? []);
      return { id: g.id, readiness: Math.min(1, Math.max(0, groupReadiness(cards, now))) };
    }),
    cards: deck.cards.flatMap((c) => {
      const s = states.get(c.id);
      return s ? (cardSummary(c.id, s) ?? []) : [];
    }),
  };
}

/** The summary of these class decks at `now`. */
export function buildClassSummary(decks: readonly DeckStates[], activeDays14: number, now: number): ClassSummary {
  return { activeDays14: Math.min(14, Math.max(0, activeDays14)), decks: decks.map((d) => deckSummary(d, now)) };
}
