// Loads what the Stats screen shows, in two parts read side by side: the deck's own figures, and from every deck
// the study days and the due forecast.
import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../srs/days';
import { heatmapWeeks, sameTotals, summarizeActivity, type ActivitySummary, type DayTotals, type HeatCell } from '../../srs/stats/activity';
import { deckHistorySteps, type DeckHistory } from '../../srs/stats/history';
import { dueForecast, type DueForecast } from '../../srs/stats/forecast';
import { cardStatesByGroup, type CardState } from '../../srs/stats/card-states';
import { deckLog, logFigures } from '../../db/stats';
import type { CardDues } from '../../db/activity-cache';
import { db } from '../../db/instance';
import { activeDeck } from '../../state/deck';
import { loadScheduledCards } from '../../state/load-cards';
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
    const set = (part: Partial<StatsData>) => {
      if (!live) return;
      // For the benchmark's breakdown: when each part arrived (stats:deck, stats:forecast, stats:activity).
      for (const name of Object.keys(part)) performance.mark(`stats:${name}`);
      setData((d) => ({ ...d, ...part }));
    };
    const fail = (cause: unknown) => set({ error: `Could not read your progress: ${describeStorageError(cause)}.` });
    setData({ today, deck: null, activity: null, forecast: null, error: null });
    const deck = activeDeck();
    const groupOf = new Map(deck.cards.map((c) => [c.id, c.group]));
    const groups = deck.groups.map((g) => g.id);
    // The deck's part and the whole log's part are read at once and each shows when it arrives; the count that
    // confirms the kept log figures waits until the deck's part is on screen, so it does not hold up its reads
    // (IndexedDB serves one origin's requests one after another).
    const from = today - 7 * WEEKS + 1;
    const deckPart = Promise.all([
      deckLog(
        db,
        deck.id,
        deck.cards.map((c) => c.id),
      ),
      loadScheduledCards(),
    ]).then(async ([log, cards]) =>
      set({ deck: { history: await runSliced(deckHistorySteps(log, groupOf, today, from)), states: cardStatesByGroup(cards, groups) } }),
    );
    const showActivity = (totals: DayTotals) =>
      set({ activity: { summary: summarizeActivity(totals, today), weeks: heatmapWeeks(totals, today, WEEKS) } });
    const showForecast = (dues: CardDues) => set({ forecast: dueForecast(dues.values(), today, 30) });
    let early: DayTotals | null = null;
    logFigures(db, { totals: (totals) => showActivity((early = totals)), dues: showForecast }, deckPart)
      .then(({ totals, dues }) => {
        if (early === null || !sameTotals(early, totals)) showActivity(totals);
        showForecast(dues);
      })
      .catch(fail);
    deckPart.catch(fail);
    return () => {
      live = false;
    };
  }, [today]);
  return data;
}
