import { describe, expect, it } from 'vitest';
import { BURST_SIZE, burstTopics, planBurst } from '../../../src/srs/drill-burst';
import { newSchedule, type CardSchedule } from '../../../src/srs/fold';
import { localDay, dayStart } from '../../../src/srs/days';
import type { ScheduledCard } from '../../../src/srs/plan';

const at = dayStart(20_000).getTime() + 12 * 3_600_000;
const today = localDay(at);
const card = (id: string, group: string, schedule: Partial<CardSchedule> = {}): ScheduledCard => ({
  id,
  group,
  schedule: { ...newSchedule(), ...schedule },
});
// Reviewed yesterday with full coverage and a 1-day interval: readiness about 0.9 today.
const known = (due: number): Partial<CardSchedule> => ({
  due,
  interval: 1,
  repetitions: 1,
  lastReviewed: at - 86_400_000,
  lastCoverage: 1,
  lastGrade: 5,
  introducedDay: today - 1,
});

describe('Drill 5 minutes', () => {
  it('offers only groups with drill cards, least ready first, deck order on a tie', () => {
    const cards = [
      card('o1', 'talk'),
      card('a1', 'locks', known(today)),
      card('a2', 'locks', known(today + 3)),
      card('b1', 'queues'),
      card('c1', 'gil'),
    ];
    const topics = burstTopics(cards, new Set(['a1', 'a2', 'b1', 'c1']), ['talk', 'locks', 'queues', 'gil'], at);
    expect(topics.map((t) => t.group)).toEqual(['queues', 'gil', 'locks']);
    expect(topics[2]).toMatchObject({ group: 'locks', due: 1, fresh: 0 });
    expect(topics[2].readiness).toBeGreaterThan(0.5);
    expect(topics[0]).toMatchObject({ due: 0, fresh: 1, readiness: 0 });
  });

  it('interleaves due and new drill cards of the topic, due earliest first, outline cards and other topics left out, at most 10', () => {
    const cards = [
      card('n1', 'locks'),
      card('d2', 'locks', known(today)),
      card('o', 'locks'),
      card('n2', 'locks'),
      card('d1', 'locks', known(today - 2)),
      card('later', 'locks', known(today + 1)),
      card('x', 'other'),
      ...Array.from({ length: 12 }, (_, i) => card(`m${i}`, 'locks')),
    ];
    const drills = new Set(cards.filter((c) => c.id !== 'o').map((c) => c.id));
    const plan = planBurst(cards, drills, 'locks', at);
    expect(plan.mode).toBe('review');
    expect(plan.cardIds).toHaveLength(BURST_SIZE);
    expect(plan.cardIds.slice(0, 6)).toEqual(['d1', 'n1', 'd2', 'n2', 'm0', 'm1']);
    expect(plan.cardIds).not.toContain('later');
    expect(plan.cardIds).not.toContain('o');
    expect(plan.cardIds).not.toContain('x');
  });

  it('with nothing due or new, drills the weakest cards of the topic without scheduling them', () => {
    const cards = [card('a', 'locks', known(today + 5)), card('b', 'locks', { ...known(today + 5), lastCoverage: 0.2 })];
    expect(planBurst(cards, new Set(['a', 'b']), 'locks', at)).toEqual({ cardIds: ['b', 'a'], mode: 'drill' });
    expect(planBurst(cards, new Set(['a', 'b']), 'nowhere', at)).toEqual({ cardIds: [], mode: 'drill' });
  });
});
