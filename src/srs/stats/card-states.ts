// Where each card stands in SM-2: new, learning, young or mature. Pure.
import type { CardSchedule } from '../fold';

/** SM-2 intervals of this many days or more count as mature (as in Anki). */
export const MATURE_DAYS = 21;

/** A card's state: never repeated, in its first steps (fewer than two passes in a row), young, or mature. */
export type CardState = 'new' | 'learning' | 'young' | 'mature';

/** The states in the order screens list them. */
export const CARD_STATES: readonly CardState[] = ['new', 'learning', 'young', 'mature'];

/** The state of one card. */
export function cardState(s: Pick<CardSchedule, 'due' | 'repetitions' | 'interval'>): CardState {
  if (s.due === null) return 'new';
  if (s.repetitions < 2) return 'learning';
  return s.interval >= MATURE_DAYS ? 'mature' : 'young';
}

/** How many cards of each group are in each state; groups in the order given, empty ones included. */
export function cardStatesByGroup(
  cards: Iterable<{ group: string; schedule: Pick<CardSchedule, 'due' | 'repetitions' | 'interval'> }>,
  groups: readonly string[],
): Map<string, Record<CardState, number>> {
  const out = new Map(groups.map((g) => [g, { new: 0, learning: 0, young: 0, mature: 0 }]));
  for (const c of cards) {
    const counts = out.get(c.group);
    if (counts) counts[cardState(c.schedule)]++;
  }
  return out;
}
