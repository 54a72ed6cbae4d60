// A deck's rules for composing a mock interview, with defaults for decks that give none.
import type { MockGuide } from '../deck/head';

/** An inclusive whole-number range. */
export interface Range {
  min: number;
  max: number;
}

/** How a mock interview is composed: its size, how many groups it spans, and the tags it must pair. */
export interface MockRules {
  questions: Range;
  groups: Range;
  pair: string[];
}

/** Questions and groups a mock uses when the deck has no `## Interview` section (capped by the deck's size). */
export const DEFAULT_RULES: MockRules = { questions: { min: 6, max: 8 }, groups: { min: 2, max: 3 }, pair: [] };

/** Default answer target for a main question, in seconds. */
export const DEFAULT_TARGET_SECONDS = 120;

/** A follow-up's target is this share of the main question's target (it is a narrower question). */
export const FOLLOW_UP_TARGET_SHARE = 0.5;

function valid(range: Range | undefined): range is Range {
  return !!range && Number.isInteger(range.min) && Number.isInteger(range.max) && range.min >= 1 && range.max >= range.min;
}

function capped(range: Range, limit: number): Range {
  return { min: Math.max(1, Math.min(range.min, limit)), max: Math.max(1, Math.min(range.max, limit)) };
}

/** The rules to compose by: the deck's own, or 6–8 questions over 2–3 groups, never more than the deck holds. */
export function interviewRules(guide: MockGuide | null, cardCount: number, groupCount: number): MockRules {
  const questions = valid(guide?.questions) ? guide.questions : DEFAULT_RULES.questions;
  const groups = valid(guide?.groups) ? guide.groups : DEFAULT_RULES.groups;
  const useDefaults = !valid(guide?.questions);
  return {
    questions: useDefaults ? capped(questions, cardCount) : { ...questions },
    groups: !valid(guide?.groups) ? capped(groups, groupCount) : { ...groups },
    pair: [...(guide?.pair ?? [])],
  };
}

/** A follow-up's answer target in seconds for a main target of `seconds`. */
export function followUpTarget(seconds: number): number {
  return Math.round(seconds * FOLLOW_UP_TARGET_SHARE);
}

/** About how long a mock takes, in minutes rounded to 5: the middle count × (answer + follow-up targets). */
export function mockMinutes(rules: MockRules, targetSeconds = DEFAULT_TARGET_SECONDS, followUps = true): number {
  const count = (rules.questions.min + rules.questions.max) / 2;
  const seconds = count * (targetSeconds + (followUps ? followUpTarget(targetSeconds) : 0));
  return Math.max(5, Math.round(seconds / 300) * 5);
}

/** "6–8" or "6" for a range. */
export function rangeText(range: Range): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}
