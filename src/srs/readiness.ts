// Readiness: how likely a candidate is to give a strong answer on a given date.
import type { CardSchedule } from './fold';

const MS_PER_DAY = 86_400_000;

/** The plain word for a group's readiness. */
export type ReadinessWord = 'not started' | 'shaky' | 'getting there' | 'interview-ready';

/** Estimated recall at `at`: 0.9^(days since last review ÷ interval); 0 for a card never reviewed. */
export function recall(schedule: Pick<CardSchedule, 'lastReviewed' | 'interval'>, at: number): number {
  if (schedule.lastReviewed === null) return 0;
  const elapsed = Math.max(0, (at - schedule.lastReviewed) / MS_PER_DAY);
  // A card only drilled has interval 0; treat it as due after one day so recall still decays.
  return 0.9 ** (elapsed / Math.max(1, schedule.interval));
}

/**
 * How far one good answer can be trusted: (repetitions + 1) ÷ 3, capped at 1. A card answered well
 * only once (or only drilled) is not yet proof of recall a week later; two passing SM-2 repetitions
 * in a row (the second after six days) are. This refines DESIGN.md's formula, which alone showed
 * "100% interview-ready" right after a single first pass.
 */
export function maturity(repetitions: number): number {
  return Math.min(1, (repetitions + 1) / 3);
}

/** Card readiness: recall × coverage of the last review × maturity of its schedule. */
export function cardReadiness(schedule: CardSchedule, at: number): number {
  return recall(schedule, at) * (schedule.lastCoverage ?? 0) * maturity(schedule.repetitions);
}

/** Mean readiness of a group's cards at `at` (0 for an empty group). */
export function groupReadiness(schedules: readonly CardSchedule[], at: number): number {
  if (schedules.length === 0) return 0;
  return schedules.reduce((sum, s) => sum + cardReadiness(s, at), 0) / schedules.length;
}

/** The word for a readiness value: below 50% shaky, below 80% getting there, else interview-ready. */
export function readinessWord(value: number, anyReviewed: boolean): ReadinessWord {
  if (!anyReviewed) return 'not started';
  if (value < 0.5) return 'shaky';
  if (value < 0.8) return 'getting there';
  return 'interview-ready';
}
