import { describe, expect, it } from 'vitest';
import { coverage, reviewCoverage, suggestGrade } from '../../../src/srs/grading';

describe('grading', () => {
  it('suggests a grade from the share of outline points covered', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => suggestGrade(coverage(n, 5)))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(suggestGrade(coverage(5, 6))).toBe(4);
  });

  it('takes coverage from the grade when nothing was ticked', () => {
    expect(reviewCoverage(0, 6, 4)).toBe(0.8);
    expect(reviewCoverage(3, 6, 4)).toBe(0.5);
  });
});
