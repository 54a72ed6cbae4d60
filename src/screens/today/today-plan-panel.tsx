// The interview plan on Today: days left, expected readiness, today's reviews and exam passes, and the way there.
import { localDay } from '../../srs/days';
import { count } from '../../lib/count';
import { minutesFor } from '../../srs/study-time';
import type { ExamPlan } from '../../srs/exam-plan';
import type { PlanPanelProps } from './today-plan';
import { activeHead, deckHref, groupTitle } from '../../state/deck';
import { percent } from '../../ui/percent';
import { longDay } from '../../ui/format-time';
import { studyCalendar } from '../../lib/ics';
import { dayToIso } from '../../srs/days';
import { downloadText } from '../../ui/download';

/** The planner, loaded with the panel (one chunk for Today's plan). */
export { loadInterviewPlan } from './interview-plan';

function downloadCalendar(plan: ExamPlan, interviewDate: string): void {
  const blocks = plan.days
    .filter((d) => d.reviews.length + d.passes.length > 0 || d.mock)
    .map((d) => ({
      date: dayToIso(d.day),
      start: '18:00',
      minutes: Math.max(d.minutes, 5) + (d.mock ? 30 : 0),
      summary: `Rehearse: ${count(d.reviews.length, 'review')} + ${count(d.passes.length, 'exam pass', 'exam passes')}${d.mock ? ' + a mock interview' : ''}`,
      description: `About ${d.minutes} min of cards${d.mock ? ' and a 30-minute mock interview' : ''}. Interview on ${interviewDate}.`,
    }));
  const text = studyCalendar(blocks, Date.now(), `rehearse-${interviewDate}`);
  downloadText(`rehearse-plan-${interviewDate}.ics`, text, 'text/calendar');
}

/** What to drop when the plan does not fit the budget, in words. */
function overBudgetText(plan: ExamPlan, budget: number): string {
  const parts: string[] = [];
  const passes = plan.dropped.filter((d) => d.kind === 'pass').length;
  const finals = plan.dropped.filter((d) => d.kind === 'final');
  if (finals.length)
    parts.push(
      `the final pass of ${finals.length} of your strongest cards (${[...new Set(finals.map((d) => groupTitle(d.group)))].join(', ')})`,
    );
  if (passes) parts.push(`${passes} extra exam passes`);
  const crowded = plan.crowdedDays.length
    ? ` Due reviews alone need more than ${budget} min on ${plan.crowdedDays.length} day(s); fewer new cards a day in Settings spreads them.`
    : '';
  return `${budget} min a day does not fit this plan. ${parts.length ? `It drops ${parts.join(' and ')}.` : ''}${crowded} About ${plan.fitMinutes} min a day fits it all.`;
}

/** The plan panel (loaded lazily with its plan by loadTodayPlan). */
export function TodayPlanPanel({ plan, settings, now }: PlanPanelProps) {
  const today = localDay(now);
  if (plan.status === 'past') {
    return (
      <section class="panel plan" aria-labelledby="plan-h">
        <h2 id="plan-h">Your interview date has passed</h2>
        <p>
          It was on {longDay(plan.interviewDay)}. Set the next one in <a href="/settings">Settings</a>.
        </p>
      </section>
    );
  }
  const day = plan.days[0];
  const left = plan.interviewDay - today;
  const when = left === 0 ? 'Interview today' : left === 1 ? 'Interview tomorrow' : `Interview in ${left} days`;
  const minutes = minutesFor(day.reviews.length + day.passes.length, plan.secondsPerCard);
  return (
    <section class="panel plan" aria-labelledby="plan-h">
      <h2 id="plan-h">
        {when} · on track: {percent(plan.follow)} expected
      </h2>
      <p class="plan-today">
        Today: {day.reviews.length} reviews + {day.passes.length} exam passes, about {minutes} min
        {day.mock && ' · a mock interview is suggested today'}
      </p>
      {day.passes.length > 0 && (
        <a class="button wide" href={deckHref('/review', activeHead().id, { exam: '1' })}>
          Start today's exam passes ({day.passes.length})
        </a>
      )}
      {plan.overBudget && settings.dailyMinutes > 0 && (
        <p class="banner over-budget" role="note">
          {overBudgetText(plan, settings.dailyMinutes)}
        </p>
      )}
      <details>
        <summary>The plan, group by group and day by day</summary>
        <p class="muted">
          Exam passes are practice like drills: they count toward readiness and never move your SM-2 schedule. Every card gets one in the
          last 48 hours.
          {plan.mocks.length > 0 && ` Mock interviews suggested on ${plan.mocks.map(longDay).join(' and ')}.`}
        </p>
        <table>
          <caption>Expected readiness on the interview day</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Follow the plan</th>
              <th scope="col">Stop today</th>
            </tr>
          </thead>
          <tbody>
            {plan.forecast.map((f) => (
              <tr key={f.group}>
                <th scope="row">{groupTitle(f.group)}</th>
                <td>{percent(f.follow)}</td>
                <td>{percent(f.stop)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul class="plan-days">
          {plan.days.map((d) => (
            <li key={d.day}>
              {longDay(d.day)}:{' '}
              {d.budget === 0
                ? 'day off'
                : `${count(d.reviews.length, 'review')} + ${count(d.passes.length, 'pass', 'passes')}, ${d.minutes} min${d.mock ? ', mock interview' : ''}`}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => downloadCalendar(plan, settings.interviewDate)}>
          Add to calendar (.ics)
        </button>
      </details>
    </section>
  );
}
