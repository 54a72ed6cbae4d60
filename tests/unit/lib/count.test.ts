import { describe, expect, it } from 'vitest';
import { count } from '../../../src/lib/count';

describe('count()', () => {
  it('agrees the noun with the number', () => {
    expect(count(1, 'grade')).toBe('1 grade');
    expect(count(0, 'grade')).toBe('0 grades');
    expect(count(2, 'mock interview')).toBe('2 mock interviews');
    expect(count(1, 'exam pass', 'exam passes')).toBe('1 exam pass');
    expect(count(3, 'exam pass', 'exam passes')).toBe('3 exam passes');
  });
});
