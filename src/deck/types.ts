/** A code example shown under a card's outline. */
export interface CodeExample {
  language: string;
  code: string;
}

/** What a card asks for: an answer outline (interview card), or a drill: a short answer, a predicted output, a choice. */
export type CardKind = 'outline' | 'short' | 'predict' | 'choice';

/** The drill kinds, in the order the deck format documents them. */
export const DRILL_KINDS: readonly CardKind[] = ['short', 'predict', 'choice'];

/** How the test suite checks a predict card's snippet: run it once and compare, run it often (a race), or only compile it. */
export type RunMode = 'exact' | 'racy' | 'compile';

/** One flashcard: a question and its self-graded answer outline, or a drill with a short answer or choices. */
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
  /** 'outline' for a card with no "Kind:" line. */
  kind: CardKind;
  /** The "#### Answer" paragraph of a short card ('' otherwise). */
  answer: string;
  /** The "#### Why" paragraph, shown after answering ('' when absent). */
  why: string;
  /** The "#### Code" block of a predict or choice card (null when absent). */
  code: CodeExample | null;
  /** The choices of a predict or choice card as written (backticks kept); [] otherwise. */
  choices: string[];
  /** Index of the "[x]" choice, -1 when there are no choices. */
  correct: number;
  /** Lowest CPython the card's code runs on: '' or e.g. '3.10+' / '3.9-3.12'. */
  python: string;
  /** How a predict card's snippet is checked; 'exact' by default. */
  run: RunMode;
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
  sections: Partial<Record<CardSectionKey, number>>;
  /** Lines of the "Kind:", "Python:" and "Run:" lines, the prompt, and each choice, when written. */
  kind?: number;
  python?: number;
  run?: number;
  prompt?: number;
  choices?: number[];
  /** The prompt's last line so far, and the first line of a second prompt paragraph (drill prompts have one). */
  promptEnd?: number;
  secondPrompt?: number;
  /** Lines of the choices marked "[x]". */
  marked?: number[];
  /** Line of the second paragraph of an Answer or Why section, which must be one paragraph. */
  secondParagraph?: Partial<Record<'answer' | 'why', number>>;
  /** Line of each fenced block in the Code section after the first. */
  extraCode?: number[];
}

/** The "####" sections a card may have: the outline sections, the drill sections, and Sources. */
export type CardSectionKey =
  'outline' | 'followUps' | 'redFlags' | 'seniorSignal' | 'examples' | 'sources' | 'answer' | 'why' | 'code' | 'choices';

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
