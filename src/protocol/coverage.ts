// How much of a card's outline a grade covered: the rule a logged row's coverage must follow.

/** The fraction of outline points ticked, from 0 to 1 (0 for an empty outline). */
export function coverage(ticked: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, ticked / total));
}

/** The coverage a review stands for: the ticked share, or grade ÷ 5 when nothing was ticked (always so on a drill card). */
export function reviewCoverage(ticked: number, total: number, grade: number): number {
  return ticked > 0 ? coverage(ticked, total) : grade / 5;
}
