import { describe, expect, it } from 'vitest';
import { addToDayTotals, heatmapWeeks, heatLevel, summarizeActivity, weekday } from '../../../../src/srs/stats/activity';
import { localDay } from '../../../../src/srs/days';

const today = localDay(new Date('2026-11-25T12:00:00')); // a Wednesday
const rows = (days: number[], ms = 30_000) => days.map((day) => ({ day, durationMs: ms }));

describe('study activity', () => {
  it('has no streak, days or time with no reviews', () => {
    expect(summarizeActivity(new Map(), today)).toEqual({
      currentStreak: 0,
      longestStreak: 0,
      studyDays: 0,
      totalGrades: 0,
      totalMs: 0,
      todayMs: 0,
    });
  });

  it('counts a day with one grade as a study day and sums grades and time', () => {
    const totals = addToDayTotals(new Map(), rows([today - 1, today - 1, today - 3]));
    expect(summarizeActivity(totals, today)).toMatchObject({ studyDays: 2, totalGrades: 3, totalMs: 90_000, todayMs: 0 });
  });

  it('keeps the current streak alive until today is over, and breaks it after a missed day', () => {
    const totals = addToDayTotals(new Map(), rows([today - 3, today - 2, today - 1]));
    expect(summarizeActivity(totals, today).currentStreak).toBe(3);
    addToDayTotals(totals, rows([today]));
    expect(summarizeActivity(totals, today).currentStreak).toBe(4);
    expect(summarizeActivity(totals, today + 2).currentStreak).toBe(0);
  });

  it('after a time zone change westward, a grade logged on what is still tomorrow here keeps its own day and does not break the streak', () => {
    // Logged in Tokyo on day today+1 (each row keeps the local day it was logged on), then the user flew to New York.
    const totals = addToDayTotals(new Map(), rows([today - 1, today, today + 1]));
    expect(summarizeActivity(totals, today)).toMatchObject({ currentStreak: 2, longestStreak: 3, studyDays: 3, todayMs: 30_000 });
    expect(
      heatmapWeeks(totals, today)
        .flat()
        .some((c) => c.day === today + 1),
    ).toBe(false);
  });

  it('finds the longest streak anywhere in the past', () => {
    const totals = addToDayTotals(new Map(), rows([today - 40, today - 39, today - 38, today - 37, today - 10, today]));
    expect(summarizeActivity(totals, today)).toMatchObject({ longestStreak: 4, currentStreak: 1 });
  });

  it('adds chunk by chunk to the same totals as all at once', () => {
    const all = rows([today, today - 1, today, today - 5], 1000);
    const chunked = addToDayTotals(addToDayTotals(new Map(), all.slice(0, 2)), all.slice(2));
    expect(chunked).toEqual(addToDayTotals(new Map(), all));
  });
});

describe('heatmap', () => {
  it('numbers weekdays Monday first', () => {
    expect(weekday(today)).toBe(2); // Wednesday
    expect(weekday(0)).toBe(3); // 1970-01-01 was a Thursday
  });

  it('lays out 26 Monday-first weeks ending today, with nothing after today', () => {
    const weeks = heatmapWeeks(addToDayTotals(new Map(), rows([today, today, today - 7])), today);
    expect(weeks).toHaveLength(26);
    expect(weeks.slice(0, 25).every((w) => w.length === 7 && weekday(w[0].day) === 0)).toBe(true);
    const last = weeks[25];
    expect(last.map((c) => c.day)).toEqual([today - 2, today - 1, today]);
    expect(last[2]).toMatchObject({ grades: 2, level: 1 });
    expect(weeks[24][2]).toMatchObject({ day: today - 7, grades: 1 });
  });

  it('shades heavier days darker', () => {
    expect([0, 1, 4, 5, 14, 15, 39, 40, 400].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
