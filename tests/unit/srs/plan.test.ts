import { describe, expect, it } from 'vitest';
import { groupOverview, nextDueDay, planDrill, planReview, studyNext, type ScheduledCard } from '../../../src/srs/plan';
import { applyGrade, newSchedule } from '../../../src/srs/fold';
import { localDay } from '../../../src/srs/days';

const now = new Date('2026-11-25T12:00:00').getTime();
const DAY = 86_400_000;
const graded = (grade: number, at: number) =>
  applyGrade(newSchedule(), { id: 'r1', time: at, day: localDay(at), grade, coverage: grade / 5, mode: 'review' });
const card = (id: string, group: string, schedule = newSchedule()): ScheduledCard => ({ id, group, schedule });

describe('planReview', () => {
  const cards = [
    card('due', 'g1', graded(5, now - 2 * DAY)),
    card('later', 'g1', graded(5, now)),
    card('new1', 'g2'),
    card('new2', 'g2'),
    card('again', 'g2', graded(2, now - 60_000)),
  ];

  it('takes due cards, then new ones, then cards still to repeat today', () => {
    const plan = planReview(cards, now, 0);
    expect(plan.cardIds).toEqual(['due', 'new1', 'new2', 'again']);
    expect(plan.againIds).toEqual(['again']);
    expect(plan).toMatchObject({ due: 1, fresh: 2, again: 1 });
  });

  it('limits new cards per day, counting those already introduced today', () => {
    // "later" and "again" were first repeated today, so a limit of 3 leaves room for one more.
    expect(planReview(cards, now, 3).cardIds).toEqual(['due', 'new1', 'again']);
    expect(planReview(cards, now, 2).cardIds).toEqual(['due', 'again']);
  });

  it('drills a whole group weakest first, whatever is due', () => {
    expect(planDrill(cards, 'g1', now)).toEqual(['due', 'later']);
  });

  it('summarises a group and finds the next due day', () => {
    const o = groupOverview(cards, 'g2', now);
    expect(o).toMatchObject({ total: 3, fresh: 2, word: 'shaky', weakestId: 'again' });
    expect(nextDueDay(cards, now)).toBe(localDay(now) + 1);
  });

  it('suggests studying the least ready group next', () => {
    const overviews = ['g1', 'g2'].map((g) => groupOverview(cards, g, now));
    expect(studyNext(overviews)?.group).toBe('g2');
    expect(studyNext([])).toBeNull();
  });
});
