// Vertical bars, one per value, with a few labelled ticks under them.

/** Bars for `values` with `labels` under the bars whose index is in `ticks`. */
export function BarChart({ values, ticks, label }: { values: readonly number[]; ticks: ReadonlyMap<number, string>; label: string }) {
  const W = 300;
  const H = 110;
  const base = H - 16;
  const max = Math.max(1, ...values);
  const step = W / values.length;
  return (
    <svg class="chart bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={0} x2={W} y1={base + 0.5} y2={base + 0.5} class="grid" />
      <text x={0} y={10} class="axis">
        {max}
      </text>
      {values.map((v, i) => {
        const h = Math.round((v / max) * (base - 16));
        return <rect key={i} x={i * step + 1} y={base - h} width={Math.max(1, step - 2)} height={h} class="bar" />;
      })}
      {[...ticks].map(([i, text]) => (
        <text
          key={i}
          x={Math.min(W - 2, i * step + step / 2)}
          y={H - 2}
          class="axis"
          text-anchor={i === 0 ? 'start' : i >= values.length - 1 ? 'end' : 'middle'}
        >
          {text}
        </text>
      ))}
    </svg>
  );
}
