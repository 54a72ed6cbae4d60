import { describe, expect, it } from 'vitest';
import { DEFAULT_SECONDS_PER_CARD, minutesFor, secondsPerCard } from '../../../src/srs/study-time';

describe('time per card', () => {
  it('falls back to a default with no logged times', () => {
    expect(secondsPerCard([])).toBe(DEFAULT_SECONDS_PER_CARD);
    expect(secondsPerCard([0, 0])).toBe(DEFAULT_SECONDS_PER_CARD);
  });

  it('takes the median of the newest 200 times, so one card left open does not distort it', () => {
    expect(secondsPerCard([20_000, 30_000, 3_600_000])).toBe(30);
    expect(secondsPerCard([20_000, 40_000])).toBe(30);
    expect(secondsPerCard([...new Array(300).fill(100_000), ...new Array(200).fill(20_000)])).toBe(20);
  });

  it('stays between 10 seconds and 10 minutes', () => {
    expect(secondsPerCard([1_000])).toBe(10);
    expect(secondsPerCard([5_000_000])).toBe(600);
  });

  it('rounds minutes up', () => {
    expect(minutesFor(0, 45)).toBe(0);
    expect(minutesFor(3, 45)).toBe(3);
    expect(minutesFor(1, 45)).toBe(1);
  });
});
