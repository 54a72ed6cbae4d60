// What a session's drill cards came to: which were right at the first try, which were missed, and when each
// comes back. Pure: the grades, the schedules after the session and the drill cards' ids are passed in.
import type { ScheduledCard } from './plan';
import type { SessionGrade } from './session-report';

/** One drill card of the session: its first grade, whether that was right (4 or 5), and its due day after. */
export interface DrillOutcome {
  cardId: string;
  firstGrade: number;
  right: boolean;
  /** Local day number it is due next, or null when it has no schedule (never reviewed outside drills). */
  due: number | null;
}

/** The session's drill cards, right ones and missed ones, each in the order first answered. */
export interface DrillReport {
  right: DrillOutcome[];
  missed: DrillOutcome[];
}

/** Splits the session's drill cards (`drillIds`) into right at the first try and missed, with when each is due. */
export function drillReport(grades: readonly SessionGrade[], after: readonly ScheduledCard[], drillIds: ReadonlySet<string>): DrillReport {
  const due = new Map(after.map((c) => [c.id, c.schedule.due]));
  const first = new Map<string, SessionGrade>();
  for (const g of [...grades].sort((a, b) => a.time - b.time)) if (drillIds.has(g.cardId) && !first.has(g.cardId)) first.set(g.cardId, g);
  const outcomes = [...first.values()].map((g) => ({
    cardId: g.cardId,
    firstGrade: g.grade,
    right: g.grade >= 4,
    due: due.get(g.cardId) ?? null,
  }));
  return { right: outcomes.filter((o) => o.right), missed: outcomes.filter((o) => !o.right) };
}
