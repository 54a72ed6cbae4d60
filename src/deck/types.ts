/** A code example shown under a card's outline. */
export interface CodeExample {
  language: string;
  code: string;
}

/** One flashcard: a question and its self-graded answer outline. */
export interface Card {
  id: string;
  group: string;
  prompt: string;
  tags: string[];
  outline: string[];
  followUps: string[];
  redFlags: string[];
  seniorSignal: string;
  examples: CodeExample[];
  sources: string[];
}

/** A named group of cards, shown in deck order. */
export interface Group {
  id: string;
  title: string;
}

/** Guidance for a mock interview: how many questions, and which tags to pair. */
export interface InterviewGuide {
  questions: { min: number; max: number };
  groups: { min: number; max: number };
  pair: string[];
  guidance: string[];
  tips: string[];
}

/** A compiled deck, as the app and the JSON output see it. */
export interface Deck {
  id: string;
  title: string;
  version: string;
  description: string;
  groups: Group[];
  cards: Card[];
  interview: InterviewGuide | null;
}

/** A problem found in a deck file, with its 1-based line. */
export interface DeckIssue {
  line: number;
  message: string;
}

/** The outcome of parsing: a deck, or the problems that stop it. */
export type ParseResult = { ok: true; deck: Deck } | { ok: false; issues: DeckIssue[] };

/** Where a card's heading and each of its "####" sections were written (1-based lines). */
export interface CardLines {
  heading: number;
  sections: Partial<Record<'outline' | 'followUps' | 'redFlags' | 'seniorSignal' | 'examples' | 'sources', number>>;
}

/** Line numbers the validator needs besides the deck itself, so it can point at the right line. */
export interface DeckLines {
  deck: number;
  groups: Map<string, number>;
  cards: Map<Card, CardLines>;
  pair: number;
}

/** Fewest outline points a card may have. */
export const MIN_OUTLINE_POINTS = 5;

/** Largest number of outline points a card may have. */
export const MAX_OUTLINE_POINTS = 8;

/** Fewest follow-up questions a card may have. */
export const MIN_FOLLOW_UPS = 2;

/** Fewest red flags a card may have. */
export const MIN_RED_FLAGS = 2;

/** The one id rule for decks, groups, cards and tags: lowercase words of a-z and 0-9 joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id (deck, group, card, tag) a deck may use; the review log refuses longer ones, so the parser must too. */
export const MAX_SLUG = 80;

/** True for an id that follows the slug rule and is at most MAX_SLUG characters long. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG && SLUG.test(value);
}

/** Why `id` is not a slug, as the deck parser says it (for a deck, group or card id, or a tag). */
export function slugProblem(kind: string, id: string): string {
  if (id.length > MAX_SLUG) return `${kind} "${id.slice(0, 40)}…" is ${id.length} characters long; ids may have at most ${MAX_SLUG}`;
  return `${kind} "${id}" must be a slug (a-z, 0-9, -)`;
}
