import { describe, expect, it } from 'vitest';
import { cardReadiness, groupReadiness, maturity, readinessWord, recall } from '../../../src/srs/readiness';
import { newSchedule } from '../../../src/srs/fold';

const DAY = 86_400_000;

describe('readiness', () => {
  it('is 0 for a card never reviewed', () => {
    expect(recall(newSchedule(), Date.now())).toBe(0);
    expect(cardReadiness(newSchedule(), Date.now())).toBe(0);
  });

  it('decays to 90% recall on the due day and below after it', () => {
    const s = { ...newSchedule(), lastReviewed: 0, interval: 6, repetitions: 2, lastCoverage: 1 };
    expect(recall(s, 0)).toBe(1);
    expect(recall(s, 6 * DAY)).toBeCloseTo(0.9, 10);
    expect(recall(s, 12 * DAY)).toBeCloseTo(0.81, 10);
  });

  it('multiplies recall by the coverage of the last review and averages over the group', () => {
    const half = { ...newSchedule(), lastReviewed: 0, interval: 6, repetitions: 2, lastCoverage: 0.5 };
    expect(cardReadiness(half, 0)).toBe(0.5);
    expect(groupReadiness([half, newSchedule()], 0)).toBe(0.25);
  });

  it('trusts one good answer only partly until it has been repeated twice', () => {
    expect([0, 1, 2, 5].map(maturity)).toEqual([1 / 3, 2 / 3, 1, 1]);
    const firstPass = { ...newSchedule(), lastReviewed: 0, interval: 1, repetitions: 1, lastCoverage: 1 };
    expect(cardReadiness(firstPass, 0)).toBeCloseTo(2 / 3, 10);
    expect(readinessWord(cardReadiness(firstPass, 0), true)).toBe('getting there');
  });

  it('can be asked for a future date, such as the interview day', () => {
    const s = { ...newSchedule(), lastReviewed: 0, interval: 10, lastCoverage: 1 };
    expect(cardReadiness(s, 20 * DAY)).toBeLessThan(cardReadiness(s, 5 * DAY));
  });

  it('names readiness in plain words', () => {
    expect(readinessWord(0, false)).toBe('not started');
    expect(readinessWord(0.3, true)).toBe('shaky');
    expect(readinessWord(0.65, true)).toBe('getting there');
    expect(readinessWord(0.85, true)).toBe('interview-ready');
  });
});
