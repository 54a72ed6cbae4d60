// Stats for the deck's groups: true retention, readiness over time, and card states.
import { passRate, type GroupRetention, type ReadinessSeries, type RetentionCount } from '../../srs/stats/history';
import { CARD_STATES, type CardState } from '../../srs/stats/card-states';
import { LineChart } from '../../ui/charts/line-chart';
import { percent } from '../../ui/percent';
import { shortDay } from '../../ui/format-time';

function Rate({ count }: { count: RetentionCount }) {
  const rate = passRate(count);
  return (
    <td>
      {rate === null ? '—' : percent(rate)}
      <span class="n"> n={count.reviews}</span>
    </td>
  );
}

const sum = (a: RetentionCount, b: RetentionCount) => ({ passed: a.passed + b.passed, reviews: a.reviews + b.reviews });

/** True retention per group: young and mature, last 30 days and all time, each with its number of reviews. */
export function RetentionSection({ retention, title }: { retention: Map<string, GroupRetention>; title: (id: string) => string }) {
  const rows = [...retention];
  const all = rows.reduce(
    (t, [, r]) => ({
      young: { recent: sum(t.young.recent, r.young.recent), all: sum(t.young.all, r.young.all) },
      mature: { recent: sum(t.mature.recent, r.mature.recent), all: sum(t.mature.all, r.mature.all) },
    }),
    {
      young: { recent: { passed: 0, reviews: 0 }, all: { passed: 0, reviews: 0 } },
      mature: { recent: { passed: 0, reviews: 0 }, all: { passed: 0, reviews: 0 } },
    },
  );
  const table = (when: 'recent' | 'all', caption: string) => (
    <table class="retention">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Young</th>
          <th scope="col">Mature</th>
        </tr>
      </thead>
      <tbody>
        {[...rows, ['all', all] as const].map(([id, r]) => (
          <tr key={id} class={id === 'all' ? 'total' : undefined}>
            <th scope="row">{id === 'all' ? 'All groups' : title(id)}</th>
            <Rate count={r.young[when]} />
            <Rate count={r.mature[when]} />
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section class="panel" aria-labelledby="retention">
      <h2 id="retention">True retention</h2>
      <p class="muted">
        Share of SM-2 reviews passed (grade 3 or more) on cards you had already learnt. Young: interval under 21 days; mature: 21 days or
        more. n is the number of reviews behind each figure.
      </p>
      {table('recent', 'Last 30 days')}
      {table('all', 'All time')}
    </section>
  );
}

/** Readiness per group over the chart's days, with a weekly table for screen readers. */
export function ReadinessSection({ series, title }: { series: ReadinessSeries; title: (id: string) => string }) {
  const groups = [...series.byGroup.keys()];
  const last = series.days.length - 1;
  const ticks = new Map([
    [0, shortDay(series.days[0])],
    [Math.round(last / 2), shortDay(series.days[Math.round(last / 2)])],
    [last, 'today'],
  ]);
  const weekly = series.days
    .map((day, i) => ({ day, i }))
    .filter(({ i }) => (last - i) % 7 === 0)
    .reverse();
  const now = (g: string) => series.byGroup.get(g)![last];
  return (
    <section class="panel" aria-labelledby="readiness-time">
      <h2 id="readiness-time">Readiness over time</h2>
      <LineChart
        series={groups.map((g) => ({ name: title(g), values: series.byGroup.get(g)! }))}
        ticks={ticks}
        label={`Readiness per group over ${series.days.length} days. Today: ${groups.map((g) => `${title(g)} ${percent(now(g))}`).join(', ')}.`}
      />
      <ul class="series-legend">
        {groups.map((g, k) => (
          <li key={g}>
            <span class={`key series-${k % 6}`} aria-hidden="true" />
            {title(g)}: {percent(now(g))}
          </li>
        ))}
      </ul>
      <details>
        <summary>Readiness week by week</summary>
        <div class="table-wrap" tabindex={0} role="region" aria-label="Readiness week by week, table">
          <table>
            <thead>
              <tr>
                <th scope="col">Week ending</th>
                {groups.map((g) => (
                  <th key={g} scope="col">
                    {title(g)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weekly.map(({ day, i }) => (
                <tr key={day}>
                  <th scope="row">{i === last ? 'Today' : shortDay(day)}</th>
                  {groups.map((g) => (
                    <td key={g}>{percent(series.byGroup.get(g)![i])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** Card states per group as a table, each row with a stacked bar of the same numbers. */
export function StatesSection({ states, title }: { states: Map<string, Record<CardState, number>>; title: (id: string) => string }) {
  return (
    <section class="panel" aria-labelledby="card-states">
      <h2 id="card-states">Cards by state</h2>
      <p class="muted">
        New: never reviewed. Learning: fewer than two passes in a row. Young: interval under 21 days. Mature: 21 days or more.
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Cards by state, table">
        <table class="states">
          <thead>
            <tr>
              <th scope="col">Group</th>
              {CARD_STATES.map((s) => (
                <th key={s} scope="col">
                  {s[0].toUpperCase() + s.slice(1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...states].map(([g, counts]) => {
              const total = CARD_STATES.reduce((n, s) => n + counts[s], 0) || 1;
              return (
                <tr key={g}>
                  <th scope="row">
                    {title(g)}
                    <span class="stack" aria-hidden="true">
                      {CARD_STATES.map((s) =>
                        counts[s] ? <span key={s} class={`state-${s}`} style={{ width: `${(100 * counts[s]) / total}%` }} /> : null,
                      )}
                    </span>
                  </th>
                  {CARD_STATES.map((s) => (
                    <td key={s}>{counts[s]}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
