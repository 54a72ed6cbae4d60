// The state of a mock interview as a pure reducer: asking each question (and its follow-up), then self-review.
import type { MockQuestion } from './mock-compose';

/** Which answer of a question: the main question or its follow-up probe. */
export type Part = 'main' | 'followUp';

/** Where the candidate is within one answer: reading the prompt, pausing to think, or speaking. */
export type Step = 'ready' | 'thinking' | 'answering';

/** The self-review of one question: points covered, red flags said, and the grade logged for it. */
export interface QuestionReview {
  ticked: number[];
  redFlags: number[];
  grade: number;
  reviewId: string;
}

/** How long each answer took in ms; null when skipped or not reached yet. */
export interface AnswerTimes {
  main: number | null;
  followUp: number | null;
}

/** A mock's progress, stored after every step so a reload resumes it exactly. */
export interface MockProgress {
  phase: 'asking' | 'review' | 'done';
  /** The question being asked (phase asking) or reviewed (phase review). */
  index: number;
  part: Part;
  step: Step;
  /** When the current thinking pause or answer began (ms since epoch), else null. */
  stepStartedAt: number | null;
  answers: AnswerTimes[];
  reviews: (QuestionReview | null)[];
  /** Indexes of the deck's interviewer tips the candidate ticked on the scorecard. */
  tips: number[];
}

/** Something the candidate did. Times come from the caller: the reducer reads no clock. */
export type MockEvent =
  | { type: 'think'; now: number }
  | { type: 'start'; now: number }
  | { type: 'finish'; now: number }
  | { type: 'skip' }
  | { type: 'resume' }
  | { type: 'graded'; index: number; review: QuestionReview }
  | { type: 'tip'; index: number; on: boolean };

/** The progress of a mock that has just been composed. */
export function startProgress(questions: readonly MockQuestion[]): MockProgress {
  return {
    phase: questions.length > 0 ? 'asking' : 'review',
    index: 0,
    part: 'main',
    step: 'ready',
    stepStartedAt: null,
    answers: questions.map(() => ({ main: null, followUp: null })),
    reviews: questions.map(() => null),
    tips: [],
  };
}

function advance(p: MockProgress, questions: readonly MockQuestion[], answers: AnswerTimes[]): MockProgress {
  const base = { ...p, answers, step: 'ready' as const, stepStartedAt: null };
  if (p.part === 'main' && questions[p.index].followUp !== null) return { ...base, part: 'followUp' };
  if (p.index + 1 < questions.length) return { ...base, index: p.index + 1, part: 'main' };
  return { ...base, phase: 'review', index: 0, part: 'main' };
}

function withAnswer(p: MockProgress, ms: number | null): AnswerTimes[] {
  return p.answers.map((a, i) => (i === p.index ? { ...a, [p.part]: ms } : a));
}

/** Applies one event; an event that does not fit the current state returns the state unchanged. */
export function mockReducer(p: MockProgress, questions: readonly MockQuestion[], event: MockEvent): MockProgress {
  const asking = p.phase === 'asking';
  switch (event.type) {
    case 'think':
      return asking && p.step === 'ready' ? { ...p, step: 'thinking', stepStartedAt: event.now } : p;
    case 'start':
      return asking && p.step !== 'answering' ? { ...p, step: 'answering', stepStartedAt: event.now } : p;
    case 'finish':
      if (!asking || p.step !== 'answering' || p.stepStartedAt === null) return p;
      return advance(p, questions, withAnswer(p, Math.max(0, event.now - p.stepStartedAt)));
    case 'skip':
      return asking && p.step !== 'answering' ? advance(p, questions, withAnswer(p, null)) : p;
    case 'resume':
      // An answer cut off by a reload or a killed tab starts again at the same question (its recording died with the tab).
      return asking && p.step !== 'ready' ? { ...p, step: 'ready', stepStartedAt: null } : p;
    case 'graded': {
      if (p.phase !== 'review' || event.index !== p.index) return p;
      const reviews = p.reviews.map((r, i) => (i === event.index ? event.review : r));
      const last = p.index + 1 >= questions.length;
      return { ...p, reviews, index: last ? p.index : p.index + 1, phase: last ? 'done' : 'review' };
    }
    case 'tip': {
      const tips = p.tips.filter((t) => t !== event.index);
      return { ...p, tips: event.on ? [...tips, event.index].sort((a, b) => a - b) : tips };
    }
  }
}

/** The event Space or the primary button sends: start the answer, or finish it. */
export function primaryEvent(p: MockProgress, now: number): MockEvent {
  return p.step === 'answering' ? { type: 'finish', now } : { type: 'start', now };
}
