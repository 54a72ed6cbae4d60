// Loads what the Stats screen shows, in parts: the deck's own figures first, then the whole log's activity.
import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../srs/days';
import { heatmapWeeks, summarizeActivity, type ActivitySummary, type HeatCell } from '../../srs/stats/activity';
import { deckHistorySteps, type DeckHistory } from '../../srs/stats/history';
import { dueForecast, type DueForecast } from '../../srs/stats/forecast';
import { cardStatesByGroup, type CardState } from '../../srs/stats/card-states';
import { activityTotals, allDueCards, deckLog } from '../../db/stats';
import { db } from '../../db/instance';
import { activeDeck } from '../../state/deck';
import { loadScheduledCards } from '../load-cards';
import { runSliced } from './run-sliced';
import { describeStorageError } from '../../state/storage-error';

/** Weeks of history the heatmap and the readiness chart cover. */
export const WEEKS = 26;

/** Everything on the Stats screen; each part is null until it has loaded. */
export interface StatsData {
  today: number;
  deck: { history: DeckHistory; states: Map<string, Record<CardState, number>> } | null;
  activity: { summary: ActivitySummary; weeks: HeatCell[][] } | null;
  forecast: DueForecast | null;
  error: string | null;
}

/** The Stats screen's data for `now`, filled in as each part arrives. */
export function useStatsData(now: number): StatsData {
  const today = localDay(now);
  const [data, setData] = useState<StatsData>({ today, deck: null, activity: null, forecast: null, error: null });
  useEffect(() => {
    let live = true;
    const set = (part: Partial<StatsData>) => live && setData((d) => ({ ...d, ...part }));
    const fail = (cause: unknown) => set({ error: `Could not read your progress: ${describeStorageError(cause)}.` });
    setData({ today, deck: null, activity: null, forecast: null, error: null });
    const deck = activeDeck();
    const groupOf = new Map(deck.cards.map((c) => [c.id, c.group]));
    const groups = deck.groups.map((g) => g.id);
    Promise.all([deckLog(db, deck.id, deck.cards.map((c) => c.id)), loadScheduledCards()])
      .then(async ([log, cards]) => {
        const from = today - 7 * WEEKS + 1;
        const history = await runSliced(deckHistorySteps(log, groupOf, today, from));
        set({ deck: { history, states: cardStatesByGroup(cards, groups) } });
        // The whole log (every deck) comes after the deck's own figures are on screen.
        return allDueCards(db).then((cards) => {
          set({ forecast: dueForecast(cards, today, 30) });
          return activityTotals(db);
        });
      })
      .then((totals) => set({ activity: { summary: summarizeActivity(totals, today), weeks: heatmapWeeks(totals, today, WEEKS) } }))
      .catch(fail);
    return () => {
      live = false;
    };
  }, [today]);
  return data;
}
