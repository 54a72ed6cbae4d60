// Today's interview plan: a tiny loader on the first path; the planner and its panel load only when a date is set.
import type { ComponentType } from 'preact';
import type { Settings } from '../../db/settings';
import type { ExamPlan } from '../../srs/exam-plan';
import type { ScheduledCard } from '../../srs/plan';

/** The plan panel's props. */
export type PlanPanelProps = { plan: ExamPlan; settings: Settings; now: number };

/** The interview plan and the panel that shows it. */
export interface TodayPlan {
  Panel: ComponentType<PlanPanelProps>;
  plan: ExamPlan;
}

/**
 * The plan to the interview date in `settings` (from the current deck's `cards` when given) with its panel, or
 * null with no date. Today loads it with its other data, so the panel appears with the decks and moves nothing.
 */
export async function loadTodayPlan(settings: Settings, now: number, cards?: ScheduledCard[]): Promise<TodayPlan | null> {
  if (settings.interviewDate === '') return null;
  const { TodayPlanPanel, loadInterviewPlan } = await import('./today-plan-panel');
  return { Panel: TodayPlanPanel, plan: await loadInterviewPlan(settings, now, cards) };
}
