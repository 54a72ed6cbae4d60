// Readiness and coverage are fractions; screens show them as whole percentages.

/** A fraction from 0 to 1 as a whole percentage, e.g. 0.456 → "46%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
