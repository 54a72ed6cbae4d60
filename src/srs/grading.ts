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

/** The fraction of outline points ticked, from 0 to 1 (0 for an empty outline). */
export function coverage(ticked: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, ticked / total));
}

/** The grade a coverage fraction suggests: all points 5, ≥80% 4, ≥60% 3, ≥40% 2, any 1, none 0. */
export function suggestGrade(fraction: number): number {
  if (fraction >= 1) return 5;
  if (fraction >= 0.8) return 4;
  if (fraction >= 0.6) return 3;
  if (fraction >= 0.4) return 2;
  if (fraction > 0) return 1;
  return 0;
}

/** The coverage a review stands for: the ticked share, or grade ÷ 5 when nothing was ticked. */
export function reviewCoverage(ticked: number, total: number, grade: number): number {
  return ticked > 0 ? coverage(ticked, total) : grade / 5;
}
