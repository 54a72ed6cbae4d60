import { describe, expect, it } from 'vitest';
import { drillReport } from '../../../src/srs/drill-report';
import type { ScheduledCard } from '../../../src/srs/plan';

const scheduled = (id: string, due: number | null): ScheduledCard => ({ id, group: 'g', schedule: { due } as ScheduledCard['schedule'] });

describe('drill report', () => {
  it('counts a card by its first grade of the session: 4 or 5 right, below 4 missed; outline cards left out', () => {
    const grades = [
      { cardId: 'miss', grade: 1, time: 1 },
      { cardId: 'quick', grade: 5, time: 2 },
      { cardId: 'outline', grade: 2, time: 3 },
      { cardId: 'slow', grade: 4, time: 4 },
      { cardId: 'hard', grade: 3, time: 5 },
      { cardId: 'miss', grade: 5, time: 6 },
      { cardId: 'hard', grade: 4, time: 7 },
    ];
    const after = [
      scheduled('miss', 101),
      scheduled('quick', 106),
      scheduled('slow', 106),
      scheduled('hard', 101),
      scheduled('outline', 101),
    ];
    const report = drillReport(grades, after, new Set(['miss', 'quick', 'slow', 'hard', 'unseen']));
    expect(report.right).toEqual([
      { cardId: 'quick', firstGrade: 5, right: true, due: 106 },
      { cardId: 'slow', firstGrade: 4, right: true, due: 106 },
    ]);
    expect(report.missed).toEqual([
      { cardId: 'miss', firstGrade: 1, right: false, due: 101 },
      { cardId: 'hard', firstGrade: 3, right: false, due: 101 },
    ]);
  });

  it('orders by time even when the grades arrive out of order, and says null for a card with no schedule', () => {
    const report = drillReport(
      [
        { cardId: 'a', grade: 5, time: 9 },
        { cardId: 'a', grade: 1, time: 2 },
      ],
      [],
      new Set(['a']),
    );
    expect(report.missed).toEqual([{ cardId: 'a', firstGrade: 1, right: false, due: null }]);
    expect(report.right).toEqual([]);
  });
});
