// The deck parser's position in the file and what it has built so far, shared by parse.ts and parse-drill.ts.
import type { Card, CardLines, Deck, DeckIssue, DeckLines } from './types';

/** The "####" sections a card may have, by the name the format gives them. */
export const CARD_SECTIONS = {
  outline: 'Outline',
  followUps: 'Follow-ups',
  redFlags: 'Red flags',
  seniorSignal: 'Senior signal',
  examples: 'Example',
  sources: 'Sources',
  answer: 'Answer',
  why: 'Why',
  code: 'Code',
  choices: 'Choices',
} as const satisfies Record<keyof CardLines['sections'], string>;
/** The "####" sections of the interview guide. */
export const INTERVIEW_SECTIONS = { guidance: 'Guidance', tips: 'Tips' } as const;
/** One of a card's sections. */
export type CardSection = keyof typeof CARD_SECTIONS;
/** One of the interview guide's sections. */
export type InterviewSection = keyof typeof INTERVIEW_SECTIONS;

/** One line of the file: its 1-based number, as written, and without trailing space. */
export interface Line {
  n: number;
  raw: string;
  text: string;
}

/** Where the parser is in the file, and what it has built so far. */
export interface Reader {
  deck: Deck;
  where: DeckLines;
  issues: DeckIssue[];
  zone: 'start' | 'header' | 'group' | 'card' | 'interview';
  card: Card | null;
  cardSection: CardSection | null;
  interviewSection: InterviewSection | null;
  /** The list that "- item" lines add to now, if any. */
  list: string[] | null;
  fence: { line: number; language: string; body: string[]; into: 'examples' | 'code' } | null;
  description: string[];
  /** A blank line was read inside the current Answer or Why section after its first paragraph began. */
  gap: boolean;
}

/** Notes a problem at `line`; parsing goes on. */
export function fail(r: Reader, line: number, message: string): void {
  r.issues.push({ line, message });
}
