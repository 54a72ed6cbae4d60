// Stats: SM-2 reviews due over the next 30 days, and the daily load.
import type { DueForecast } from '../../srs/stats/forecast';
import { BarChart } from '../../ui/charts/bar-chart';
import { shortDay } from '../../ui/format-time';

/** The forecast panel. */
export function ForecastSection({ forecast, today }: { forecast: DueForecast; today: number }) {
  const total = forecast.counts.reduce((a, b) => a + b, 0);
  const ticks = new Map([
    [0, 'today'],
    [7, shortDay(today + 7)],
    [14, shortDay(today + 14)],
    [21, shortDay(today + 21)],
    [29, shortDay(today + 29)],
  ]);
  return (
    <section class="panel" aria-labelledby="forecast">
      <h2 id="forecast">Due in the next 30 days</h2>
      <p>
        {total} reviews due{forecast.overdue > 0 && `, ${forecast.overdue} of them overdue (counted today)`}. Daily load:{' '}
        <strong>{forecast.dailyLoad.toFixed(1)}</strong> reviews a day in the long run (the sum of 1 ÷ interval over your scheduled cards,
        every deck).
      </p>
      <BarChart
        values={forecast.counts}
        ticks={ticks}
        label={`Reviews due per day for 30 days, ${forecast.counts[0]} today, ${total} in all.`}
      />
      <details>
        <summary>Forecast as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {forecast.counts.map((n, i) => (
              <tr key={i}>
                <th scope="row">{i === 0 ? 'Today' : shortDay(today + i)}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
