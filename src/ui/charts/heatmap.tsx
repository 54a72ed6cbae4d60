// A calendar heatmap of study days: one column per week (Monday at the top), month labels, today outlined.
import type { HeatCell } from '../../srs/stats/activity';
import { dayStart } from '../../srs/days';
import { formatDuration, longDay } from '../format-time';

const CELL = 12;
const GAP = 2;
const LEFT = 18;
const TOP = 14;
const OPACITY = [0, 0.3, 0.55, 0.8, 1];
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short' });

/** The heatmap of `weeks` (from heatmapWeeks), with `today` outlined; decorative to screen readers, who get the summary. */
export function Heatmap({ weeks, today, label }: { weeks: HeatCell[][]; today: number; label: string }) {
  const width = LEFT + weeks.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  let lastMonth = -1;
  return (
    <svg class="chart heatmap" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {['M', 'W', 'F'].map((d, i) => (
        <text key={d} x={0} y={TOP + (i * 2 + 1) * (CELL + GAP) - 3} class="axis">
          {d}
        </text>
      ))}
      {weeks.map((column, w) => {
        const month = column.length ? dayStart(column[0].day).getMonth() : lastMonth;
        const showMonth = month !== lastMonth && w < weeks.length - 1;
        lastMonth = month;
        return (
          <g key={w}>
            {showMonth && (
              <text x={LEFT + w * (CELL + GAP)} y={10} class="axis">
                {monthFormat.format(dayStart(column[0].day))}
              </text>
            )}
            {column.map((c, i) => (
              <rect
                key={c.day}
                x={LEFT + w * (CELL + GAP)}
                y={TOP + i * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                class={c.level ? 'cell on' : 'cell'}
                fill-opacity={c.level ? OPACITY[c.level] : undefined}
                stroke-width={c.day === today ? 2 : undefined}
                data-today={c.day === today ? '' : undefined}
              >
                <title>{`${longDay(c.day)}: ${c.grades} ${c.grades === 1 ? 'grade' : 'grades'}, ${formatDuration(c.ms)}`}</title>
              </rect>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
