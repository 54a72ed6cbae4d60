// What every benchmark shares: where results go, a percentile helper, and writing a result file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm run bench` collects each benchmark's JSON and the report. */
export const RESULTS = resolve(import.meta.dirname, '../../test-results/bench');

/** The value below which `p` percent of `values` fall (nearest rank); NaN for no values. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))];
}

/** p50, p95, p99 and max of `values`, rounded to 0.1. */
export function spread(values) {
  const round = (v) => Math.round(v * 10) / 10;
  return {
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(Math.max(...values)),
    n: values.length,
  };
}

/**
 * Writes test-results/bench/<name>.json and prints the figures. `result`: { title, figures, notes? } where
 * each figure is { name, value, unit, target? (text such as "≤ 16"), ok? (false when it misses the target) }.
 */
export function writeBench(name, result) {
  mkdirSync(RESULTS, { recursive: true });
  const record = { name, at: new Date().toISOString(), ...result };
  writeFileSync(resolve(RESULTS, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  for (const f of result.figures) {
    const target = f.target ? ` (target ${f.target}${f.ok === false ? ', MISSED' : ''})` : '';
    console.log(`${name}: ${f.name} = ${f.value} ${f.unit}${target}`);
  }
  return record;
}
