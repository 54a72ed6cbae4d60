import { afterAll, describe, expect, it } from 'vitest';
import { planToInterview, LOW_RECALL, suggestMocks, type PlanOptions } from '../../../src/srs/exam-plan';
import { applyGrade, newSchedule, type CardSchedule } from '../../../src/srs/fold';
import { recall } from '../../../src/srs/readiness';
import { dayStart, interviewTime, localDay } from '../../../src/srs/days';
import type { ScheduledCard } from '../../../src/srs/plan';

const now = new Date('2026-11-25T12:00:00').getTime();
const today = localDay(now);
const interviewIn = (days: number) => dayStart(today + days).getTime() + 9 * 3_600_000;
const options = (days: number, extra: Partial<PlanOptions> = {}): PlanOptions => ({
  now,
  interviewAt: interviewIn(days),
  budget: () => null,
  secondsPerCard: 60,
  newPerDay: 0,
  ...extra,
});
/** A card graded `grades` on SM-2's due days, the last one `ago` days before today. */
function card(id: string, group: string, grades: number[], ago: number): ScheduledCard {
  let s: CardSchedule = newSchedule();
  const days: number[] = [];
  for (const g of grades) {
    const day = days.length === 0 ? 0 : s.due!;
    days.push(day);
    s = applyGrade(s, { time: 0, day, grade: g, coverage: g / 5, id: 'r', mode: 'review' });
  }
  const shift = today - ago - days[days.length - 1];
  const at = (day: number) => dayStart(day).getTime() + 8 * 3_600_000;
  let shifted = newSchedule();
  for (const [i, g] of grades.entries())
    shifted = applyGrade(shifted, { time: at(days[i] + shift), day: days[i] + shift, grade: g, coverage: g / 5, id: 'r', mode: 'review' });
  return { id, group, schedule: shifted };
}
const fresh = (id: string, group = 'g') => ({ id, group, schedule: newSchedule() });
const deck16 = () => Array.from({ length: 16 }, (_, i) => fresh(`c${i}`, `g${i % 4}`));
const seenIn = (plan: ReturnType<typeof planToInterview>, id: string, from: number) =>
  plan.days.filter((d) => d.day >= from && (d.reviews.includes(id) || d.passes.includes(id))).length;

describe('the interview plan', () => {
  it('with no reviews yet: introduces every card, gives each a final pass, and never edits a schedule', () => {
    const cards = deck16();
    const before = JSON.stringify(cards);
    const plan = planToInterview(cards, options(9));
    expect(JSON.stringify(cards)).toBe(before);
    expect(plan.status).toBe('planned');
    expect(plan.days.map((d) => d.day)).toEqual(Array.from({ length: 9 }, (_, i) => today + i));
    expect(plan.days[0].reviews).toHaveLength(16);
    for (const c of cards) expect(seenIn(plan, c.id, today + 7), c.id).toBeGreaterThanOrEqual(1);
    expect(plan.stop).toBe(0);
    expect(plan.follow).toBeGreaterThan(0.3);
    expect(plan.forecast.map((f) => f.group)).toEqual(['g0', 'g1', 'g2', 'g3']);
    expect(plan.mocks).toEqual([today + 2, today + 7]);
    expect(plan.overBudget).toBe(false);
  });

  it('for an interview today: one day, a final look at every card, no mock', () => {
    const cards = [card('a', 'g', [5, 5, 4], 3), fresh('b')];
    const plan = planToInterview(cards, options(0));
    expect(plan.days.map((d) => d.day)).toEqual([today]);
    expect(plan.days[0].final).toBe(true);
    // b is new: its first SM-2 repetition today is its final look; a gets an exam pass.
    expect(plan.days[0]).toMatchObject({ reviews: ['b'], passes: ['a'] });
    expect(plan.mocks).toEqual([]);
  });

  it('for an interview tomorrow: today is the last study day and holds the final passes and a mock', () => {
    const plan = planToInterview([card('a', 'g', [5, 5, 5], 2), card('b', 'g', [4, 4], 1)], options(1));
    expect(plan.days).toHaveLength(1);
    expect(plan.days[0].passes.sort()).toEqual(['a', 'b']);
    expect(plan.mocks).toEqual([today]);
  });

  it('does not plan a final pass today for a card already seen today', () => {
    const seen = {
      ...fresh('x'),
      schedule: applyGrade(newSchedule(), { time: now - 60_000, day: today, grade: 4, coverage: 0.8, id: 'r', mode: 'drill' }),
    };
    const plan = planToInterview([seen, card('y', 'g', [5, 5, 5], 2)], options(1));
    expect(plan.days[0].passes).toEqual(['y']);
  });

  it('for a date in the past: plans nothing and says so', () => {
    const plan = planToInterview([card('a', 'g', [5, 5], 1)], options(-1));
    expect(plan.status).toBe('past');
    expect(plan.days).toEqual([]);
  });

  it('keeps SM-2 reviews on their due days and gives strong cards only the final pass', () => {
    const due = card('due', 'g', [5, 5], 5); // interval 6, seen 5 days ago: due tomorrow
    const strong = card('strong', 'g', [5, 5, 5, 5, 5], 1); // a 40+ day interval
    const plan = planToInterview([due, strong], options(20));
    expect(plan.days.find((d) => d.day === due.schedule.due!)!.reviews).toEqual(['due']);
    expect(plan.days.filter((d) => d.reviews.includes('strong'))).toEqual([]);
    expect(recall(strong.schedule, interviewIn(20))).toBeGreaterThan(LOW_RECALL);
    expect(plan.days.filter((d) => d.passes.includes('strong')).map((d) => d.final)).toEqual([true]);
    expect(plan.forecast[0].follow).toBeGreaterThan(plan.forecast[0].stop);
  });

  it('sees a card whose recall would be low before the last 48 hours when the daily review will not reach it', () => {
    // Ten new cards at one a day fill the days before the interview; "drilled" was only drilled, 5 days ago.
    const drilled = {
      ...fresh('drilled'),
      schedule: applyGrade(newSchedule(), { time: now - 5 * 86_400_000, day: today - 5, grade: 4, coverage: 0.8, id: 'r', mode: 'drill' }),
    };
    const cards = [...Array.from({ length: 10 }, (_, i) => fresh(`n${i}`)), drilled];
    const plan = planToInterview(cards, options(8, { newPerDay: 1 }));
    expect(plan.days.flatMap((d) => d.reviews)).not.toContain('drilled');
    const passes = plan.days.filter((d) => d.passes.includes('drilled'));
    expect(passes.map((d) => d.final)).toEqual([false, true]);
    expect(passes[0].day).toBe(today);
  });

  it('spreads final passes over the last two days', () => {
    const cards = Array.from({ length: 10 }, (_, i) => card(`k${i}`, 'g', [5, 5, 5, 5], 1));
    const plan = planToInterview(cards, options(6));
    expect(plan.days.filter((d) => d.final).map((d) => d.passes.length)).toEqual([5, 5]);
  });

  it('over budget: drops the strongest cards’ passes first, keeps each day within budget and says what would fit', () => {
    const cards = [
      ...Array.from({ length: 6 }, (_, i) => card(`s${i}`, 'strong', [5, 5, 5, 5], 1)),
      ...Array.from({ length: 6 }, (_, i) => card(`w${i}`, 'weak', [3, 2], 1)),
    ];
    const plan = planToInterview(cards, options(5, { budget: () => 4 }));
    expect(plan.overBudget).toBe(true);
    expect(plan.dropped.length).toBeGreaterThan(0);
    expect(plan.dropped.every((d) => d.group === 'strong')).toBe(true);
    for (const d of plan.days) if (!plan.crowdedDays.includes(d.day)) expect(d.minutes).toBeLessThanOrEqual(4);
    expect(plan.fitMinutes).toBeGreaterThan(4);
    const roomy = planToInterview(cards, options(5, { budget: () => plan.fitMinutes }));
    expect(roomy.dropped).toEqual([]);
  });

  it('leaves a day with no time budget empty and does its due reviews the next study day', () => {
    const c = card('a', 'g', [5, 5], 6); // due today
    const dayOff = (day: number) => (day === today ? 0 : null);
    const plan = planToInterview([c, card('b', 'g', [5, 5, 5, 5], 1)], options(8, { budget: dayOff }));
    expect(plan.days[0]).toMatchObject({ reviews: [], passes: [], minutes: 0, budget: 0 });
    expect(plan.days[1].reviews).toContain('a');
  });

  it('reports days whose due reviews alone exceed the budget', () => {
    const plan = planToInterview(deck16(), options(5, { budget: () => 5 }));
    // All 16 new cards come in today (new cards per day: all) and are due again tomorrow.
    expect(plan.crowdedDays.slice(0, 2)).toEqual([today, today + 1]);
    expect(plan.overBudget).toBe(true);
  });

  it('estimates minutes from the seconds per card', () => {
    const plan = planToInterview(deck16(), options(9, { secondsPerCard: 30 }));
    expect(plan.days[0].minutes).toBe(Math.ceil(((plan.days[0].reviews.length + plan.days[0].passes.length) * 30) / 60));
  });
});

describe('mock suggestions', () => {
  it('suggests a week before and two days before, or the last study day when closer', () => {
    const days = (n: number) => Array.from({ length: n }, (_, i) => today + i);
    expect(suggestMocks(days(14), today, today + 14)).toEqual([today + 7, today + 12]);
    expect(suggestMocks(days(3), today, today + 3)).toEqual([today + 1]);
    expect(suggestMocks(days(1), today, today + 1)).toEqual([today]);
    expect(suggestMocks([], today, today)).toEqual([]);
  });
});

describe('the plan after a time zone change', () => {
  const originalTz = process.env.TZ;
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('follows the calendar where the user is now; days stored on earlier grades stay as they were', () => {
    process.env.TZ = 'Asia/Tokyo';
    const instant = Date.parse('2026-11-25T20:00:00Z'); // 26 Nov 05:00 in Tokyo, 25 Nov 15:00 in New York
    const reviewedInTokyo = card('a', 'g', [5, 5, 4], 2);
    const tokyo = planToInterview([reviewedInTokyo], { ...options(0), now: instant, interviewAt: interviewTime('2026-12-04') });
    process.env.TZ = 'America/New_York';
    const newYork = planToInterview([reviewedInTokyo], { ...options(0), now: instant, interviewAt: interviewTime('2026-12-04') });
    expect(newYork.interviewDay).toBe(tokyo.interviewDay);
    expect(newYork.today).toBe(tokyo.today - 1);
    expect(newYork.days).toHaveLength(tokyo.days.length + 1);
    expect(newYork.days.at(-1)!.day).toBe(tokyo.days.at(-1)!.day);
    for (const plan of [tokyo, newYork])
      expect(plan.days.some((d) => d.final && (d.passes.includes('a') || d.reviews.includes('a')))).toBe(true);
  });
});
