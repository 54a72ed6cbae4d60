// The load ahead: how many SM-2 reviews fall due on each of the next days, and Anki's "daily load". Pure.
import type { CardSchedule } from '../fold';

/** What a due forecast needs of a card. */
export type ForecastCard = Pick<CardSchedule, 'due' | 'interval'>;

/** Reviews due per day from `today`, and the long-run daily load. */
export interface DueForecast {
  /** `counts[i]` is the number of cards due on day today + i; overdue cards count on today. */
  counts: number[];
  /** Cards already overdue (due before today), included in `counts[0]`. */
  overdue: number;
  /** Σ 1/interval over scheduled cards: about how many reviews a day the deck costs in the long run. */
  dailyLoad: number;
}

/** The due forecast for `days` days from local day `today`. */
export function dueForecast(cards: Iterable<ForecastCard>, today: number, days = 30): DueForecast {
  const counts = new Array<number>(days).fill(0);
  let overdue = 0;
  let dailyLoad = 0;
  for (const c of cards) {
    if (c.due === null) continue;
    if (c.interval > 0) dailyLoad += 1 / c.interval;
    if (c.due < today) overdue++;
    const i = Math.max(0, c.due - today);
    if (i < days) counts[i]++;
  }
  return { counts, overdue, dailyLoad };
}
