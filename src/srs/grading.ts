// Turns how many outline points the user covered into a suggested SM-2 grade, and names grades.

/** Labels for grades 0–5, in words, as the grade buttons show them. */
export const GRADE_LABELS = ['Blackout', 'Wrong', 'Hard recall', 'Pass', 'Good', 'Perfect'] as const;

/** A short hint under each grade label. */
export const GRADE_HINTS = [
  'No idea at all',
  'Wrong, but it rang a bell',
  'Wrong, the answer felt easy once seen',
  'Right, with serious effort',
  'Right, after some thought',
  'Right, quick and complete',
] as const;

export { coverage, reviewCoverage } from '../protocol/coverage';

/** The grade a coverage fraction suggests: all points 5, ≥80% 4, ≥60% 3, ≥40% 2, any 1, none 0. */
export function suggestGrade(fraction: number): number {
  if (fraction >= 1) return 5;
  if (fraction >= 0.8) return 4;
  if (fraction >= 0.6) return 3;
  if (fraction >= 0.4) return 2;
  if (fraction > 0) return 1;
  return 0;
}
