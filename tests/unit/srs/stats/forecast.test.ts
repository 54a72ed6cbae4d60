import { describe, expect, it } from 'vitest';
import { dueForecast } from '../../../../src/srs/stats/forecast';
import { cardState, cardStatesByGroup } from '../../../../src/srs/stats/card-states';

describe('due forecast', () => {
  it('is empty with no cards', () => {
    expect(dueForecast([], 100, 30)).toEqual({ counts: new Array(30).fill(0), overdue: 0, dailyLoad: 0 });
  });

  it('puts overdue cards on today, skips new cards and days past the horizon, and sums 1/interval', () => {
    const f = dueForecast(
      [
        { due: 98, interval: 1 },
        { due: 100, interval: 4 },
        { due: 105, interval: 10 },
        { due: 130, interval: 20 },
        { due: null, interval: 0 },
      ],
      100,
      30,
    );
    expect(f.counts[0]).toBe(2);
    expect(f.counts[5]).toBe(1);
    expect(f.counts.reduce((a, b) => a + b)).toBe(3); // day 130 is the 31st day
    expect(f.overdue).toBe(1);
    expect(f.dailyLoad).toBeCloseTo(1 + 0.25 + 0.1 + 0.05);
  });
});

describe('card states', () => {
  it('tells new, learning, young and mature apart (mature from 21 days)', () => {
    expect(cardState({ due: null, repetitions: 0, interval: 0 })).toBe('new');
    expect(cardState({ due: 5, repetitions: 1, interval: 1 })).toBe('learning');
    expect(cardState({ due: 5, repetitions: 0, interval: 1 })).toBe('learning'); // after a lapse
    expect(cardState({ due: 5, repetitions: 3, interval: 20 })).toBe('young');
    expect(cardState({ due: 5, repetitions: 4, interval: 21 })).toBe('mature');
  });

  it('counts per group, listing empty groups and ignoring unknown ones', () => {
    const s = (due: number | null, repetitions: number, interval: number) => ({ due, repetitions, interval });
    const counts = cardStatesByGroup(
      [
        { group: 'a', schedule: s(null, 0, 0) },
        { group: 'a', schedule: s(3, 5, 40) },
        { group: 'zz', schedule: s(3, 5, 40) },
      ],
      ['a', 'b'],
    );
    expect(counts.get('a')).toEqual({ new: 1, learning: 0, young: 0, mature: 1 });
    expect(counts.get('b')).toEqual({ new: 0, learning: 0, young: 0, mature: 0 });
    expect(counts.has('zz')).toBe(false);
  });
});
