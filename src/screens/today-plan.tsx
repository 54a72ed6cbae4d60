// Today's interview plan: a tiny loader on the first path; the planner and its panel load only when a date is set.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Settings } from '../db/settings';

type PanelProps = { settings: Settings; now: number };
let Panel: ComponentType<PanelProps> | null = null;

/** The plan panel for the interview date in `settings`, or nothing when no date is set. */
export function TodayPlan(props: PanelProps) {
  const [, loaded] = useState(0);
  const wanted = props.settings.interviewDate !== '';
  useEffect(() => {
    if (wanted && !Panel) void import('./today-plan-panel').then((m) => ((Panel = m.TodayPlanPanel), loaded(1)));
  }, [wanted]);
  return wanted && Panel ? <Panel {...props} /> : null;
}
