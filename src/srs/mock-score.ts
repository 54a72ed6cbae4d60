// The scorecard of a mock: coverage per question and group, time against target, follow-ups answered, and the trend.
import { coverage as share, suggestGrade } from './grading';
import type { MockQuestion } from './mock-compose';
import type { MockProgress } from './mock-session';
import { followUpTarget } from './mock-rules';

/** One question's line on the scorecard. */
export interface QuestionScore {
  cardId: string;
  group: string;
  /** Share of outline points ticked in self-review; null until reviewed. */
  coverage: number | null;
  grade: number | null;
  mainMs: number | null;
  followUpMs: number | null;
  followUpAsked: boolean;
}

/** The whole scorecard. */
export interface MockScore {
  questions: QuestionScore[];
  groups: { group: string; coverage: number }[];
  /** Mean coverage over reviewed questions (0 when none). */
  coverage: number;
  speakingMs: number;
  followUps: { asked: number; answered: number };
  targetMs: number;
  followUpTargetMs: number;
  /** Answers that ran past their target. */
  overtime: number;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores a mock; `pointCount` gives each card's number of outline points. */
export function scoreMock(
  questions: readonly MockQuestion[],
  progress: MockProgress,
  pointCount: (cardId: string) => number,
  targetSeconds: number,
): MockScore {
  const lines: QuestionScore[] = questions.map((q, i) => {
    const review = progress.reviews[i];
    return {
      cardId: q.cardId,
      group: q.group,
      coverage: review ? share(review.ticked.length, pointCount(q.cardId)) : null,
      grade: review?.grade ?? null,
      mainMs: progress.answers[i]?.main ?? null,
      followUpMs: progress.answers[i]?.followUp ?? null,
      followUpAsked: q.followUp !== null,
    };
  });
  const reviewed = (ls: QuestionScore[]) => ls.flatMap((l) => (l.coverage === null ? [] : [l.coverage]));
  const groups = [...new Set(lines.map((l) => l.group))].map((group) => ({
    group,
    coverage: mean(reviewed(lines.filter((l) => l.group === group))),
  }));
  const targetMs = targetSeconds * 1000;
  const followUpTargetMs = followUpTarget(targetSeconds) * 1000;
  const overtime =
    lines.filter((l) => (l.mainMs ?? 0) > targetMs).length + lines.filter((l) => (l.followUpMs ?? 0) > followUpTargetMs).length;
  return {
    questions: lines,
    groups,
    coverage: mean(reviewed(lines)),
    speakingMs: lines.reduce((s, l) => s + (l.mainMs ?? 0) + (l.followUpMs ?? 0), 0),
    followUps: {
      asked: lines.filter((l) => l.followUpAsked).length,
      answered: lines.filter((l) => l.followUpAsked && l.followUpMs !== null).length,
    },
    targetMs,
    followUpTargetMs,
    overtime,
  };
}

/** Direction of the latest coverage against the mean of the (up to) three before it: ±5 points is steady. */
export function coverageTrend(oldestFirst: readonly number[]): 'up' | 'down' | 'steady' | null {
  if (oldestFirst.length < 2) return null;
  const last = oldestFirst[oldestFirst.length - 1];
  const before = mean(oldestFirst.slice(-4, -1));
  if (last - before > 0.05) return 'up';
  if (before - last > 0.05) return 'down';
  return 'steady';
}

/** "1:05" for 65,000 ms. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The grade self-review suggests: from coverage, capped at 3 ("Pass") when a red flag was said. */
export function mockSuggestion(ticked: number, points: number, redFlags: number): number {
  const grade = suggestGrade(share(ticked, points));
  return redFlags > 0 ? Math.min(3, grade) : grade;
}
