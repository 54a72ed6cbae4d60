import { describe, expect, it } from 'vitest';
import { deckHistory, passRate, type HistoryRow } from '../../../../src/srs/stats/history';
import { foldReviews } from '../../../../src/srs/fold';
import { groupReadiness } from '../../../../src/srs/readiness';
import { dayStart, localDay } from '../../../../src/srs/days';

const today = localDay(new Date('2026-11-25T12:00:00'));
const at = (day: number, hour = 8) => dayStart(day).getTime() + hour * 3_600_000;
const row = (cardId: string, day: number, grade: number, counted = true, hour = 8): HistoryRow => ({
  id: `${cardId}-${day}-${hour}`,
  cardId,
  day,
  time: at(day, hour),
  grade,
  coverage: grade / 5,
  mode: counted ? 'review' : 'drill',
});
const groupOf = new Map([
  ['a1', 'a'],
  ['a2', 'a'],
  ['b1', 'b'],
]);

/** A card's counted reviews on the days SM-2 schedules them, with `grades` in turn, ending before `today`. */
function scheduled(cardId: string, start: number, grades: number[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let day = start;
  for (const g of grades) {
    rows.push(row(cardId, day, g));
    day = foldReviews(rows).due!;
  }
  return rows;
}

describe('deck history', () => {
  it('has no retention and zero readiness with no reviews', () => {
    const h = deckHistory([], groupOf, today, today - 2);
    expect(h.readiness.days).toEqual([today - 2, today - 1, today]);
    expect(h.readiness.byGroup.get('a')).toEqual([0, 0, 0]);
    expect(passRate(h.retention.get('a')!.young.all)).toBeNull();
  });

  it('counts SM-2 repetitions of scheduled cards: first repetitions, re-grades and drills are not retention', () => {
    const rows = [
      row('a1', today - 10, 5),
      row('a1', today - 9, 2),
      row('a1', today - 9, 4, false),
      row('a1', today - 8, 4),
      row('a1', today - 7, 5, false),
    ];
    const r = deckHistory(rows, groupOf, today, today).retention.get('a')!;
    expect(r.young.all).toEqual({ passed: 1, reviews: 2 });
    expect(r.young.recent).toEqual({ passed: 1, reviews: 2 });
    expect(r.mature.all).toEqual({ passed: 0, reviews: 0 });
  });

  it('splits young from mature by the interval before the review, and recent from all time', () => {
    // 5,5,5,5 gives intervals 1, 6, 16, 44: reviews 2–4 and the one after the lapse are young, the fifth (after 44 days) mature.
    const rows = scheduled('b1', today - 200, [5, 5, 5, 5, 2, 5]);
    const r = deckHistory(rows, groupOf, today, today).retention.get('b')!;
    expect(r.young.all).toEqual({ passed: 4, reviews: 4 });
    expect(r.mature.all).toEqual({ passed: 0, reviews: 1 }); // the lapse after 44 days
    expect(r.young.recent.reviews + r.mature.recent.reviews).toBe(rows.filter((x) => x.day > today - 30).length);
  });

  it('samples the same readiness as folding the log up to each day again', () => {
    const rows = [
      ...scheduled('a1', today - 40, [4, 3, 5, 1, 4]),
      ...scheduled('b1', today - 30, [5, 5, 2]),
      row('a2', today - 5, 3, false),
    ];
    const from = today - 45;
    const h = deckHistory(rows, groupOf, today, from);
    for (const [i, day] of h.readiness.days.entries()) {
      const upTo = (id: string) => foldReviews(rows.filter((r) => r.cardId === id && r.day <= day));
      const end = dayStart(day + 1).getTime() - 1;
      expect(h.readiness.byGroup.get('a')![i]).toBeCloseTo(groupReadiness([upTo('a1'), upTo('a2')], end), 10);
      expect(h.readiness.byGroup.get('b')![i]).toBeCloseTo(groupReadiness([upTo('b1')], end), 10);
    }
    expect(h.readiness.days).toHaveLength(46);
  });

  it('ignores cards no longer in the deck', () => {
    const h = deckHistory(scheduled('gone', today - 20, [5, 2, 5]), groupOf, today, today);
    expect([...h.retention.values()].every((r) => r.young.all.reviews === 0)).toBe(true);
  });
});
