// The drill card kinds' limits and small helpers shared by the parser, validator, serializer and the app.
import type { Card, CardKind, Deck, RunMode } from './types';

/** Longest prompt of a drill card, in characters. */
export const MAX_DRILL_PROMPT = 160;

/** Most words in a short card's answer. */
export const MAX_ANSWER_WORDS = 40;

/** Longest "Why" of a short card, in characters (one line). */
export const MAX_SHORT_WHY = 200;

/** Longest "Why" of a predict or choice card, in characters. */
export const MAX_CHOICE_WHY = 400;

/** Most lines in a drill card's code block. */
export const MAX_CODE_LINES = 15;

/** Fewest and most choices on a predict or choice card. */
export const MIN_CHOICES = 3;
export const MAX_CHOICES = 4;

/** Longest choice, in characters. */
export const MAX_CHOICE_LENGTH = 160;

/** The values "Run:" takes. */
export const RUN_MODES: readonly RunMode[] = ['exact', 'racy', 'compile'];

/** The drill fields of an outline card (and the defaults the parser starts every card with). */
export const OUTLINE_DRILL_FIELDS: Pick<Card, 'kind' | 'answer' | 'why' | 'code' | 'choices' | 'correct' | 'python' | 'run'> = {
  kind: 'outline',
  answer: '',
  why: '',
  code: null,
  choices: [],
  correct: -1,
  python: '',
  run: 'exact',
};

/**
 * A card's kind; 'outline' for a card stored before drill kinds existed (decks saved on a device or a server by an
 * older version carry no `kind`), so every reader may call this on any stored card.
 */
export function cardKind(card: { readonly kind?: CardKind }): CardKind {
  return card.kind ?? 'outline';
}

/** True for a short, predict or choice card. */
export function isDrill(card: { readonly kind?: CardKind }): boolean {
  return cardKind(card) !== 'outline';
}

/** True for a card the learner answers by picking one of its choices. */
export function hasChoices(card: { readonly kind?: CardKind }): boolean {
  const kind = cardKind(card);
  return kind === 'predict' || kind === 'choice';
}

/** A "Python:" value read as versions: `3.10+` gives { low: [3, 10], high: null }; `3.9-3.12` an inclusive range. */
export interface PythonRange {
  low: [number, number];
  high: [number, number] | null;
}

/** Reads a "Python:" value (`3.10+` or `3.9-3.12`); null when it is neither form or the range runs backwards. */
export function parsePythonRange(text: string): PythonRange | null {
  const plus = /^3\.(\d{1,2})\+$/.exec(text);
  if (plus) return { low: [3, Number(plus[1])], high: null };
  const span = /^3\.(\d{1,2})-3\.(\d{1,2})$/.exec(text);
  if (!span || Number(span[1]) > Number(span[2])) return null;
  return { low: [3, Number(span[1])], high: [3, Number(span[2])] };
}

/** The number of words in `text` (runs of non-space characters). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `deck` with every card's missing drill fields filled in as an outline card's (for decks stored before drill kinds). */
export function withDrillFields(deck: Deck): Deck {
  return {
    ...deck,
    cards: deck.cards.map((card) => ({ ...OUTLINE_DRILL_FIELDS, ...card, choices: (card as Partial<Card>).choices ?? [] })),
  };
}
