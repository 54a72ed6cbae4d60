// A deck's head: what Today draws and plans with, without the card text. The build ships each built-in deck's
// head in one small file read before the first screen; the full deck (prompts, outlines, examples) loads when a
// screen shows card text.
import type { Card, CardKind, Deck, InterviewGuide } from './types';

/** A card without its text: its id, its group and, for a drill card, its kind (an outline card leaves it out). */
export type CardHead = Pick<Card, 'id' | 'group'> & { kind?: CardKind };

/** The part of a deck's `## Interview` section that sizes a mock (its guidance and tips are text). */
export type MockGuide = Pick<InterviewGuide, 'questions' | 'groups' | 'pair'>;

/** A deck without its card text. Every full Deck is also a DeckHead. */
export interface DeckHead {
  id: string;
  title: string;
  version: string;
  groups: Deck['groups'];
  cards: CardHead[];
  interview: MockGuide | null;
}

/** The head of `deck`: ids, titles, groups, each card's group and the mock's size, nothing a card says. */
export function deckHead(deck: Deck): DeckHead {
  const guide = deck.interview;
  return {
    id: deck.id,
    title: deck.title,
    version: deck.version,
    groups: deck.groups.map((g) => ({ id: g.id, title: g.title })),
    cards: deck.cards.map((c) =>
      c.kind && c.kind !== 'outline' ? { id: c.id, group: c.group, kind: c.kind } : { id: c.id, group: c.group },
    ),
    interview: guide && { questions: guide.questions, groups: guide.groups, pair: guide.pair },
  };
}

/** True for a full deck, false for a head (a head never has a description; a full deck always has one, maybe ''). */
export function isFullDeck(deck: DeckHead): deck is Deck {
  return 'description' in deck;
}
