// Which cards a session shows, and the per-group numbers the Today screen needs. Pure.
import type { CardSchedule } from './fold';
import { localDay } from './days';
import { cardReadiness, groupReadiness, readinessWord, type ReadinessWord } from './readiness';

/** A card id with its schedule, in deck order. */
export interface ScheduledCard {
  id: string;
  group: string;
  schedule: CardSchedule;
}

/** The cards of a daily review, in the order to show them, and how many of each kind. */
export interface ReviewPlan {
  cardIds: string[];
  /** Cards repeated from earlier today (step 7), a subset of `cardIds`. */
  againIds: string[];
  due: number;
  fresh: number;
  again: number;
}

/** True when a card's last daily-review grade today was below 4 (SM-2 step 7: it comes back today). */
export function needsAgainToday(s: CardSchedule, today: number): boolean {
  return s.againDay === today;
}

/** Plans today's review: due cards, then new ones (up to `newPerDay`, 0 = all), then step-7 repeats. */
export function planReview(cards: readonly ScheduledCard[], at: number, newPerDay: number): ReviewPlan {
  const today = localDay(at);
  const again = cards.filter((c) => needsAgainToday(c.schedule, today));
  const due = cards
    .filter((c) => c.schedule.due !== null && c.schedule.due <= today && !needsAgainToday(c.schedule, today))
    .sort((a, b) => (a.schedule.due ?? 0) - (b.schedule.due ?? 0));
  const introducedToday = cards.filter((c) => c.schedule.introducedDay === today).length;
  const allowance = newPerDay <= 0 ? Infinity : Math.max(0, newPerDay - introducedToday);
  const fresh = cards.filter((c) => c.schedule.due === null).slice(0, allowance);
  return {
    cardIds: [...due, ...fresh, ...again].map((c) => c.id),
    againIds: again.map((c) => c.id),
    due: due.length,
    fresh: fresh.length,
    again: again.length,
  };
}

/** Plans a drill of one group: every card in it, weakest first. */
export function planDrill(cards: readonly ScheduledCard[], group: string, at: number): string[] {
  return cards
    .filter((c) => c.group === group)
    .map((c, order) => ({ c, order, r: cardReadiness(c.schedule, at) }))
    .sort((a, b) => a.r - b.r || a.order - b.order)
    .map(({ c }) => c.id);
}

/** What the Today screen shows for one group. */
export interface GroupOverview {
  group: string;
  total: number;
  due: number;
  fresh: number;
  readiness: number;
  word: ReadinessWord;
  /** The reviewed card with the lowest readiness, or null when none is reviewed. */
  weakestId: string | null;
}

/** The Today numbers for one group at time `at`. */
export function groupOverview(cards: readonly ScheduledCard[], group: string, at: number): GroupOverview {
  const today = localDay(at);
  const inGroup = cards.filter((c) => c.group === group);
  const reviewed = inGroup.filter((c) => c.schedule.lastReviewed !== null);
  const readiness = groupReadiness(
    inGroup.map((c) => c.schedule),
    at,
  );
  const weakest = reviewed.reduce<ScheduledCard | null>(
    (low, c) => (low === null || cardReadiness(c.schedule, at) < cardReadiness(low.schedule, at) ? c : low),
    null,
  );
  return {
    group,
    total: inGroup.length,
    due: inGroup.filter((c) => c.schedule.due !== null && c.schedule.due <= today).length,
    fresh: inGroup.filter((c) => c.schedule.due === null).length,
    readiness,
    word: readinessWord(readiness, reviewed.length > 0),
    weakestId: weakest?.id ?? null,
  };
}

/** The earliest due day after today among scheduled cards, or null if none is scheduled. */
export function nextDueDay(cards: readonly ScheduledCard[], at: number): number | null {
  const today = localDay(at);
  const days = cards.map((c) => c.schedule.due).filter((d): d is number => d !== null && d > today);
  return days.length ? Math.min(...days) : null;
}

/** The group to study next: the least ready one, the first in deck order on a tie; null for no groups. */
export function studyNext(overviews: readonly GroupOverview[]): GroupOverview | null {
  return overviews.reduce<GroupOverview | null>((low, o) => (low === null || o.readiness < low.readiness ? o : low), null);
}
