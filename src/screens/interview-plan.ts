// Builds the interview plan from what is stored (lazily loaded: the planner is not on the first path).
import { planToInterview, type ExamPlan } from '../srs/exam-plan';
import { secondsPerCard } from '../srs/study-time';
import { recentDurations } from '../db/stats';
import type { Settings } from '../db/settings';
import { db } from '../db/instance';
import { loadScheduledCards } from './load-cards';

/** When the interview is assumed to start on its date: 09:00 local (the date alone says no time). */
export function interviewTime(isoDate: string): number {
  return new Date(`${isoDate}T09:00`).getTime();
}

/** The plan from now to the interview in `settings`, using the user's own answer times. */
export async function loadInterviewPlan(settings: Pick<Settings, 'interviewDate' | 'dailyMinutes' | 'newPerDay'>, now: number): Promise<ExamPlan> {
  const [cards, durations] = await Promise.all([loadScheduledCards(), recentDurations(db)]);
  return planToInterview(cards, {
    now,
    interviewAt: interviewTime(settings.interviewDate),
    budget: () => (settings.dailyMinutes > 0 ? settings.dailyMinutes : null),
    secondsPerCard: secondsPerCard(durations),
    newPerDay: settings.newPerDay,
  });
}
