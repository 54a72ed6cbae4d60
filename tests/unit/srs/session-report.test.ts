import { describe, expect, it } from 'vitest';
import { sessionReport } from '../../../src/srs/session-report';
import { newSchedule } from '../../../src/srs/fold';
import { localDay } from '../../../src/srs/days';
import type { ScheduledCard } from '../../../src/srs/plan';

const NOW = new Date(2026, 10, 25, 12).getTime();
const today = localDay(NOW);

function card(id: string, group: string, reviewed?: { due: number; coverage: number; repetitions: number }): ScheduledCard {
  const s = newSchedule();
  if (!reviewed) return { id, group, schedule: s };
  return {
    id,
    group,
    schedule: {
      ...s,
      due: reviewed.due,
      interval: reviewed.due - today,
      lastReviewed: NOW,
      lastCoverage: reviewed.coverage,
      repetitions: reviewed.repetitions,
      lastGrade: 5,
    },
  };
}

describe('sessionReport', () => {
  const before = [card('a', 'g1'), card('b', 'g1'), card('c', 'g2'), card('d', 'g3', { due: today + 3, coverage: 1, repetitions: 2 })];
  const after = [
    card('a', 'g1', { due: today + 1, coverage: 1, repetitions: 1 }),
    card('b', 'g1', { due: today + 6, coverage: 0.5, repetitions: 1 }),
    before[2],
    before[3],
  ];
  const grades = [
    { cardId: 'b', grade: 5, time: NOW - 1000 },
    { cardId: 'a', grade: 2, time: NOW - 3000 },
    { cardId: 'a', grade: 4, time: NOW - 2000 },
  ];
  const report = sessionReport(before, after, grades, ['g1', 'g2', 'g3'], NOW);

  it('shows readiness before → after only for the groups practised', () => {
    expect(report.groups.map((g) => g.group)).toEqual(['g1']);
    expect(report.groups[0].before).toBe(0);
    expect(report.groups[0].after).toBeCloseTo((1 * (2 / 3) + 0.5 * (2 / 3)) / 2, 6);
    expect(report.groups[0].word).toBe('getting there');
  });

  it('lists a card graded more than once with its first grade and how many tries it took', () => {
    expect(report.cameBack).toEqual([{ cardId: 'a', firstGrade: 2, tries: 2 }]);
  });

  it('names the next due day after today and the least ready group', () => {
    expect(report.nextDue).toBe(today + 1);
    expect(report.weakest?.group).toBe('g2');
  });

  it('has nothing to show for a session with no grades', () => {
    const empty = sessionReport(before, before, [], ['g1'], NOW);
    expect(empty.groups).toEqual([]);
    expect(empty.cameBack).toEqual([]);
  });
});
