// Builds the interview plan from what is stored (lazily loaded: the planner is not on the first path).
import { planToInterview, type ExamPlan } from '../../srs/exam-plan';
import { secondsPerCard } from '../../srs/study-time';
import { recentDurations } from '../../db/stats';
import type { Settings } from '../../db/settings';
import { db } from '../../db/instance';
import { loadScheduledCards } from '../../state/load-cards';
import { interviewTime } from '../../srs/days';
import type { ScheduledCard } from '../../srs/plan';

/**
 * The plan from now to the interview in `settings` for the current deck, using the user's own answer times.
 * Pass the deck's `cards` when the caller has just read them (Today, the review route): they are not read again.
 */
export async function loadInterviewPlan(
  settings: Pick<Settings, 'interviewDate' | 'dailyMinutes' | 'newPerDay'>,
  now: number,
  cards?: ScheduledCard[],
): Promise<ExamPlan> {
  const [scheduled, durations] = await Promise.all([cards ?? loadScheduledCards(), recentDurations(db)]);
  return planToInterview(scheduled, {
    now,
    interviewAt: interviewTime(settings.interviewDate),
    budget: () => (settings.dailyMinutes > 0 ? settings.dailyMinutes : null),
    secondsPerCard: secondsPerCard(durations),
    newPerDay: settings.newPerDay,
  });
}
