// Lines from 0 to 100% over time, one per series, with gridlines at 0, 50 and 100%.

/** One line: its name and values from 0 to 1, all series the same length. */
export interface Series {
  name: string;
  values: readonly number[];
}

/** A line chart of `series` (values 0–1) with `ticks` (index → text) under it. */
export function LineChart({ series, ticks, label }: { series: readonly Series[]; ticks: ReadonlyMap<number, string>; label: string }) {
  const W = 300;
  const H = 130;
  const LEFT = 30;
  const top = 6;
  const base = H - 18;
  const n = Math.max(2, series[0]?.values.length ?? 0);
  const x = (i: number) => LEFT + (i / (n - 1)) * (W - LEFT - 4);
  const y = (v: number) => base - v * (base - top);
  return (
    <svg class="chart lines" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {[0, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={W} y1={y(v) + 0.5} y2={y(v) + 0.5} class="grid" />
          <text x={LEFT - 4} y={y(v) + 4} class="axis" text-anchor="end">
            {v * 100}%
          </text>
        </g>
      ))}
      {series.map((s, k) => (
        <polyline
          key={s.name}
          class={`line series-${k % 6}`}
          points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
        />
      ))}
      {[...ticks].map(([i, text]) => (
        <text key={i} x={x(i)} y={H - 3} class="axis" text-anchor={i === 0 ? 'start' : i >= n - 1 ? 'end' : 'middle'}>
          {text}
        </text>
      ))}
    </svg>
  );
}
