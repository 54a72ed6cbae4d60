// Stats: study days as a heatmap, streaks and time spent.
import type { ActivitySummary, HeatCell } from '../../srs/stats/activity';
import { Heatmap } from '../../ui/charts/heatmap';
import { formatDuration, longDay } from '../../ui/format-time';

/** The activity panel. */
export function ActivitySection({ summary, weeks, today }: { summary: ActivitySummary; weeks: HeatCell[][]; today: number }) {
  const cells = weeks.flat();
  const studied = cells.filter((c) => c.grades > 0);
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return (
    <section class="panel" aria-labelledby="activity">
      <h2 id="activity">Study days</h2>
      <p class="muted">A study day is a day with at least one graded card (any deck, any mode).</p>
      <dl class="figures">
        <div>
          <dt>Current streak</dt>
          <dd>{plural(summary.currentStreak, 'day')}</dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>{plural(summary.longestStreak, 'day')}</dd>
        </div>
        <div>
          <dt>Today</dt>
          <dd>{formatDuration(summary.todayMs)}</dd>
        </div>
        <div>
          <dt>In all</dt>
          <dd>
            {formatDuration(summary.totalMs)} · {plural(summary.studyDays, 'day')}
          </dd>
        </div>
      </dl>
      <Heatmap
        weeks={weeks}
        today={today}
        label={`Study days over the last ${weeks.length} weeks: ${plural(studied.length, 'day')} with grades. Today is outlined.`}
      />
      <p class="legend muted" aria-hidden="true">
        Less <span class="swatch l0" /> <span class="swatch l1" /> <span class="swatch l2" /> <span class="swatch l3" />{' '}
        <span class="swatch l4" /> More · today outlined
      </p>
      <details>
        <summary>Study days as a list</summary>
        {studied.length === 0 ? (
          <p>No study days in the last {weeks.length} weeks.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Grades</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {studied.reverse().map((c) => (
                <tr key={c.day}>
                  <th scope="row">{longDay(c.day)}</th>
                  <td>{c.grades}</td>
                  <td>{formatDuration(c.ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
