// One pass over a deck's log, oldest first: true retention per group, and readiness per group day by day. Pure.
import { applyGrade, byTimeThenId, countsAsRepetition, newSchedule, type CardSchedule, type LoggedGrade } from '../fold';
import { cardReadiness } from '../readiness';
import { dayStart } from '../days';
import { MATURE_DAYS } from './card-states';

/** A logged grade of a deck card. */
export interface HistoryRow extends LoggedGrade {
  cardId: string;
}

/** Passes and reviews behind one retention figure. */
export interface RetentionCount {
  passed: number;
  reviews: number;
}

/** True retention of one group: young and mature reviews, in the last 30 days and in all. */
export interface GroupRetention {
  young: { recent: RetentionCount; all: RetentionCount };
  mature: { recent: RetentionCount; all: RetentionCount };
}

/** Readiness of each group at the end of each day from `fromDay` to `today`. */
export interface ReadinessSeries {
  days: number[];
  /** group → readiness (0–1) on each of `days`. */
  byGroup: Map<string, number[]>;
}

/** What one pass over the log yields. */
export interface DeckHistory {
  retention: Map<string, GroupRetention>;
  readiness: ReadinessSeries;
}

const emptyRetention = (): GroupRetention => ({
  young: { recent: { passed: 0, reviews: 0 }, all: { passed: 0, reviews: 0 } },
  mature: { recent: { passed: 0, reviews: 0 }, all: { passed: 0, reviews: 0 } },
});

/**
 * Replays `rows` (any order; sorted here) of a deck whose cards are `groupOf` (card id → group id, in
 * deck order). Retention counts SM-2 repetitions of cards already scheduled (a card's first repetition
 * tests nothing it learnt), pass = grade ≥ 3, young/mature by the interval before the review; "recent" is
 * the last 30 days. Readiness is sampled at the end of each day, folding each row once: O(rows + days × cards).
 */
export function deckHistory(
  rows: readonly HistoryRow[],
  groupOf: ReadonlyMap<string, string>,
  today: number,
  fromDay: number,
): DeckHistory {
  const steps = deckHistorySteps(rows, groupOf, today, fromDay);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * deckHistory as steps: it pauses after sorting and after each day, so a caller can spread a large deck's
 * replay over several tasks (the Stats screen yields to input between them). Returns the same DeckHistory.
 */
export function* deckHistorySteps(
  rows: readonly HistoryRow[],
  groupOf: ReadonlyMap<string, string>,
  today: number,
  fromDay: number,
): Generator<void, DeckHistory> {
  const sorted = [...rows].sort(byTimeThenId);
  yield;
  const groups = [...new Set(groupOf.values())];
  const retention = new Map(groups.map((g) => [g, emptyRetention()]));
  const schedules = new Map<string, CardSchedule>();
  const size = new Map<string, number>(groups.map((g) => [g, 0]));
  for (const g of groupOf.values()) size.set(g, size.get(g)! + 1);
  const series: ReadinessSeries = { days: [], byGroup: new Map(groups.map((g) => [g, []])) };
  let i = 0;
  const start = Math.min(fromDay, today);
  for (let day = start; day <= today; day++) {
    for (; i < sorted.length && sorted[i].day <= day; i++) {
      const row = sorted[i];
      const group = groupOf.get(row.cardId);
      if (group === undefined) continue; // a card no longer in the deck
      const before = schedules.get(row.cardId) ?? newSchedule();
      if (countsAsRepetition(before, row) && before.due !== null) {
        const r = retention.get(group)!;
        const bucket = before.interval >= MATURE_DAYS ? r.mature : r.young;
        const pass = row.grade >= 3 ? 1 : 0;
        bucket.all.reviews++;
        bucket.all.passed += pass;
        if (row.day > today - 30) {
          bucket.recent.reviews++;
          bucket.recent.passed += pass;
        }
      }
      schedules.set(row.cardId, applyGrade(before, row));
    }
    if (day < fromDay) continue;
    const at = dayStart(day + 1).getTime() - 1;
    const sums = new Map(groups.map((g) => [g, 0]));
    for (const [cardId, s] of schedules) {
      const g = groupOf.get(cardId)!;
      sums.set(g, sums.get(g)! + cardReadiness(s, at));
    }
    series.days.push(day);
    for (const g of groups) series.byGroup.get(g)!.push(size.get(g)! > 0 ? sums.get(g)! / size.get(g)! : 0);
    yield;
  }
  return { retention, readiness: series };
}

/** Pass rate of a count, or null when there are no reviews behind it. */
export function passRate(c: RetentionCount): number | null {
  return c.reviews > 0 ? c.passed / c.reviews : null;
}
