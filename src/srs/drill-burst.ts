// "Drill 5 minutes": the topics (groups) of a deck that have drill cards, weakest first, and a short run of one
// topic's due and new drill cards, interleaved. Pure: the schedules and the clock are passed in.
import { localDay } from './days';
import { groupReadiness } from './readiness';
import { needsAgainToday, planDrill, type ScheduledCard } from './plan';

/** Most cards in one five-minute run (about 30 s a card). */
export const BURST_SIZE = 10;

/** One topic on offer: its group, the readiness of its drill cards, and how many are due and new. */
export interface BurstTopic {
  group: string;
  readiness: number;
  due: number;
  fresh: number;
}

/** The cards of a run and how they are logged: 'review' schedules them; 'drill' (nothing due or new) does not. */
export interface BurstPlan {
  cardIds: string[];
  mode: 'review' | 'drill';
}

const isDue = (c: ScheduledCard, today: number): boolean =>
  c.schedule.due !== null && c.schedule.due <= today && !needsAgainToday(c.schedule, today);

/** The groups (in `groups` order) holding drill cards (`drillIds`), least ready first, deck order on a tie. */
export function burstTopics(
  cards: readonly ScheduledCard[],
  drillIds: ReadonlySet<string>,
  groups: readonly string[],
  at: number,
): BurstTopic[] {
  const today = localDay(at);
  return groups
    .map((group) => {
      const mine = cards.filter((c) => c.group === group && drillIds.has(c.id));
      const readiness = groupReadiness(
        mine.map((c) => c.schedule),
        at,
      );
      const topic: BurstTopic = {
        group,
        readiness,
        due: mine.filter((c) => isDue(c, today)).length,
        fresh: mine.filter((c) => c.schedule.due === null).length,
      };
      return mine.length > 0 ? [topic] : [];
    })
    .flat()
    .map((topic, order) => ({ topic, order }))
    .sort((a, b) => a.topic.readiness - b.topic.readiness || a.order - b.order)
    .map(({ topic }) => topic);
}

/**
 * A run of up to `size` drill cards of `group`: due ones (earliest first) and new ones (deck order) taken in turn,
 * graded as a daily review so they are scheduled. With nothing due or new, its weakest drill cards as a drill,
 * which does not move the schedule.
 */
export function planBurst(
  cards: readonly ScheduledCard[],
  drillIds: ReadonlySet<string>,
  group: string,
  at: number,
  size = BURST_SIZE,
): BurstPlan {
  const today = localDay(at);
  const mine = cards.filter((c) => c.group === group && drillIds.has(c.id));
  const due = mine.filter((c) => isDue(c, today)).sort((a, b) => (a.schedule.due ?? 0) - (b.schedule.due ?? 0));
  const fresh = mine.filter((c) => c.schedule.due === null);
  const mixed: string[] = [];
  for (let i = 0; mixed.length < size && (i < due.length || i < fresh.length); i++) {
    if (i < due.length) mixed.push(due[i].id);
    if (i < fresh.length && mixed.length < size) mixed.push(fresh[i].id);
  }
  if (mixed.length > 0) return { cardIds: mixed, mode: 'review' };
  return { cardIds: planDrill(mine, group, at).slice(0, size), mode: 'drill' };
}
