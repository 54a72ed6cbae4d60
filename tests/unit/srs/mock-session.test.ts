// The mock's state machine: each question then its follow-up, times from the caller, resume, self-review, scorecard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mockReducer, primaryEvent, startProgress, type MockEvent, type MockProgress } from '../../../src/srs/mock-session';
import { coverageTrend, scoreMock, clock } from '../../../src/srs/mock-score';
import type { MockQuestion } from '../../../src/srs/mock-compose';

const questions: MockQuestion[] = [
  { cardId: 'gil', group: 'runtime', followUp: 1 },
  { cardId: 'caching', group: 'performance', followUp: null },
];

const run = (events: MockEvent[], p: MockProgress = startProgress(questions)) => events.reduce((s, e) => mockReducer(s, questions, e), p);
const review = (ticked: number[], grade: number) => ({ ticked, redFlags: [], grade, reviewId: `r${grade}` });

describe('mockReducer', () => {
  it('asks each question, then its follow-up, then the next question, then goes to self-review', () => {
    let p = run([
      { type: 'think', now: 0 },
      { type: 'start', now: 10_000 },
    ]);
    expect(p).toMatchObject({ index: 0, part: 'main', step: 'answering', stepStartedAt: 10_000 });
    p = run([{ type: 'finish', now: 100_000 }], p);
    expect(p).toMatchObject({ index: 0, part: 'followUp', step: 'ready', stepStartedAt: null });
    p = run([primaryEvent(p, 110_000), primaryEvent({ ...p, step: 'answering' }, 150_000)], p);
    expect(p).toMatchObject({ index: 1, part: 'main' });
    expect(p.answers[0]).toEqual({ main: 90_000, followUp: 40_000 });
    p = run([{ type: 'skip' }], p);
    expect(p).toMatchObject({ phase: 'review', index: 0 });
    expect(p.answers[1]).toEqual({ main: null, followUp: null });
  });

  it('resumes an interrupted answer at the same question, ready to start again', () => {
    const p = run([{ type: 'start', now: 5 }, { type: 'resume' }]);
    expect(p).toMatchObject({ phase: 'asking', index: 0, part: 'main', step: 'ready', stepStartedAt: null });
  });

  it('logs self-review in order, then is done; tips tick on and off', () => {
    let p = run([{ type: 'skip' }, { type: 'skip' }, { type: 'skip' }]);
    p = run([{ type: 'graded', index: 1, review: review([0], 1) }], p);
    expect(p.reviews).toEqual([null, null]);
    p = run(
      [
        { type: 'graded', index: 0, review: review([0, 1, 2], 3) },
        { type: 'graded', index: 1, review: review([0], 1) },
      ],
      p,
    );
    expect(p).toMatchObject({ phase: 'done', index: 1 });
    p = run(
      [
        { type: 'tip', index: 2, on: true },
        { type: 'tip', index: 0, on: true },
        { type: 'tip', index: 2, on: false },
      ],
      p,
    );
    expect(p.tips).toEqual([0]);
  });

  it('never leaves a valid state whatever the events (times never negative, index in range)', () => {
    const event = fc.oneof(
      fc.constantFrom<MockEvent>({ type: 'skip' }, { type: 'resume' }),
      fc.record({ type: fc.constantFrom('think' as const, 'start' as const, 'finish' as const), now: fc.integer({ min: 0, max: 1e7 }) }),
      fc.record({ type: fc.constant('graded' as const), index: fc.integer({ min: -1, max: 3 }), review: fc.constant(review([1], 4)) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const p = run(events);
        expect(p.index).toBeGreaterThanOrEqual(0);
        expect(p.index).toBeLessThan(questions.length);
        for (const a of p.answers) for (const ms of [a.main, a.followUp]) expect(ms === null || ms >= 0).toBe(true);
        expect(p.answers[1].followUp).toBeNull();
        if (p.phase !== 'asking') expect(p.step === 'ready' || p.stepStartedAt !== null).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('scoreMock', () => {
  it('scores coverage per question and group, time against target, follow-ups answered', () => {
    const p = run([
      { type: 'start', now: 0 },
      { type: 'finish', now: 150_000 },
      { type: 'start', now: 0 },
      { type: 'finish', now: 30_000 },
      { type: 'start', now: 0 },
      { type: 'finish', now: 60_000 },
      { type: 'graded', index: 0, review: review([0, 1, 2, 3], 4) },
      { type: 'graded', index: 1, review: review([0], 1) },
    ]);
    const score = scoreMock(questions, p, () => 5, 120);
    expect(score.questions.map((q) => q.coverage)).toEqual([0.8, 0.2]);
    expect(score.groups).toEqual([
      { group: 'runtime', coverage: 0.8 },
      { group: 'performance', coverage: 0.2 },
    ]);
    expect(score.coverage).toBeCloseTo(0.5);
    expect(score.speakingMs).toBe(240_000);
    expect(score.followUps).toEqual({ asked: 1, answered: 1 });
    expect(score.overtime).toBe(1);
    expect(score.followUpTargetMs).toBe(60_000);
  });

  it('reads a trend from past coverages and formats clocks', () => {
    expect(coverageTrend([0.5])).toBeNull();
    expect(coverageTrend([0.4, 0.5, 0.7])).toBe('up');
    expect(coverageTrend([0.7, 0.6])).toBe('down');
    expect(coverageTrend([0.6, 0.62])).toBe('steady');
    expect(clock(65_000)).toBe('1:05');
  });
});
