// What a finished session changed: readiness per group before → after, the cards that came back and why,
// when the next card is due, and what to study next. Pure: the schedules and the log rows are passed in.
import { groupOverview, nextDueDay, studyNext, type ScheduledCard } from './plan';
import type { ReadinessWord } from './readiness';

/** One grade of the session, from the log (undone grades are no longer there). */
export interface SessionGrade {
  cardId: string;
  grade: number;
  time: number;
}

/** A group's readiness before and after the session. */
export interface GroupChange {
  group: string;
  before: number;
  after: number;
  word: ReadinessWord;
}

/** A card shown more than once: its first grade (below 4, so SM-2 step 7 brought it back) and how many tries it took. */
export interface CameBack {
  cardId: string;
  firstGrade: number;
  tries: number;
}

/** The end-of-session report. */
export interface SessionReport {
  groups: GroupChange[];
  cameBack: CameBack[];
  /** The next day (local day number) a card is due after today, or null. */
  nextDue: number | null;
  /** The least ready group of the deck now, for a drill; null when the deck has no groups. */
  weakest: GroupChange | null;
}

/** Builds the report from the schedules before and after, the session's grades, the deck's groups (in order) and the time. */
export function sessionReport(
  before: readonly ScheduledCard[],
  after: readonly ScheduledCard[],
  grades: readonly SessionGrade[],
  groups: readonly string[],
  at: number,
): SessionReport {
  const byCard = new Map<string, SessionGrade[]>();
  for (const g of [...grades].sort((a, b) => a.time - b.time)) byCard.set(g.cardId, [...(byCard.get(g.cardId) ?? []), g]);
  const groupOf = new Map(after.map((c) => [c.id, c.group]));
  const touched = new Set([...byCard.keys()].map((id) => groupOf.get(id)));
  const now = groups.map((group) => groupOverview(after, group, at));
  const changes = now.map((o) => ({
    group: o.group,
    before: groupOverview(before, o.group, at).readiness,
    after: o.readiness,
    word: o.word,
  }));
  const weakest = studyNext(now);
  return {
    groups: changes.filter((c) => touched.has(c.group)),
    cameBack: [...byCard.entries()]
      .filter(([, list]) => list.length > 1)
      .map(([cardId, list]) => ({ cardId, firstGrade: list[0].grade, tries: list.length })),
    nextDue: nextDueDay(after, at),
    weakest: weakest ? (changes.find((c) => c.group === weakest.group) ?? null) : null,
  };
}
