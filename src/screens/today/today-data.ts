// What Today reads, in two steps (issue 9): first the settings, the plan, the backup nudge and the first decks'
// cards, so Today paints at once; then every other deck's cards, which Today adds below in slices.
import { loadSettings, type Settings } from '../../db/settings';
import { db } from '../../db/instance';
import type { DeckHead } from '../../deck/head';
import type { ScheduledCard } from '../../srs/plan';
import { loadScheduledCards } from '../../state/load-cards';
import { loadTodayPlan, type TodayPlan } from './today-plan';
import { unsavedWork, type UnsavedWork } from './backup-nudge';

/** Each deck's cards with their schedules, by deck id. */
export type CardsByDeck = ReadonlyMap<string, ScheduledCard[]>;

/** Everything Today shows above and in its first decks. */
export interface TodayHead {
  cards: CardsByDeck;
  settings: Settings;
  work: UnsavedWork;
  plan: TodayPlan | null;
}

/**
 * The cards of `decks`, by deck id, one deck after another while `wanted()` holds. IndexedDB answers an origin's
 * requests in order, so twenty decks asked for at once would hold up the next screen's reads by about 300 ms
 * if the user leaves Today before they arrive; one at a time, leaving stops them after the deck in flight.
 */
export async function loadCardsByDeck(decks: readonly DeckHead[], wanted: () => boolean = () => true): Promise<CardsByDeck> {
  const byDeck = new Map<string, ScheduledCard[]>();
  for (const d of decks) {
    if (!wanted()) break;
    byDeck.set(d.id, await loadScheduledCards(d));
  }
  return byDeck;
}

/**
 * The first decks' cards (`first`, which includes the open deck `planned`), the settings, the plan for `planned`
 * and the backup nudge, read together so they appear at once and nothing moves after the first paint.
 */
export async function loadTodayHead(first: readonly DeckHead[], planned: DeckHead, now: number): Promise<TodayHead> {
  const [cards, settings] = await Promise.all([loadCardsByDeck(first), loadSettings(db)]);
  // A plan that cannot load (its chunk missing after an update) leaves the rest of Today as it was without it.
  const [work, plan] = await Promise.all([
    unsavedWork(settings.lastBackup),
    loadTodayPlan(settings, now, cards.get(planned.id)).catch(() => null),
  ]);
  return { cards, settings, work, plan };
}
