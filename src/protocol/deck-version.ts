// An imported deck as it travels between devices: one version, exactly the shape the app stores
// (src/deck/types.ts), bounded. This gives the sync server's JSON Schema and the device's first check of a
// pulled version; what a shape cannot say (the deck format's rules, the 1 MB and 500-card limits) the
// importer's own check says next (src/deck/value-check.ts on the device, server/deck-checks.ts on the server).
import { MAX_DECK_BYTES, MAX_DECK_CARDS } from '../deck/import-check';
import { MAX_OUTLINE_POINTS, MAX_SLUG, SLUG, type Card, type Deck } from '../deck/types';
import { listOf, nullOr, oneOf, record, recordWith, text, whole, type Of, type Same } from './shape';

/** Longest "Version:" word the server keeps (the version is part of the stored row's key). */
export const MAX_VERSION_LENGTH = 200;

const slug = text(MAX_SLUG, SLUG);
const prose = text(MAX_DECK_BYTES);
// Lists inside one card or guide: generous, as the body limit and the 1 MB check bound them anyway.
const LIST = 1000;
const proseList = listOf(prose, LIST);
const range = record({ min: whole(0, 1e6), max: whole(0, 1e6) });

const code = record({ language: prose, code: prose });

// A card's drill fields (src/deck/types.ts) are optional on the wire: an app from before drill kinds pushes, and
// the server holds, outline cards without them; the importer's check fills them in as an outline card's.
const card = recordWith(
  {
    id: slug,
    group: slug,
    prompt: prose,
    tags: listOf(slug, LIST),
    outline: listOf(prose, MAX_OUTLINE_POINTS),
    followUps: proseList,
    redFlags: proseList,
    seniorSignal: prose,
    examples: listOf(code, LIST),
    sources: proseList,
  },
  {
    kind: oneOf(['outline', 'short', 'predict', 'choice'] as const),
    answer: prose,
    why: prose,
    code: nullOr(code),
    choices: proseList,
    correct: whole(-1, LIST),
    python: text(40),
    run: oneOf(['exact', 'racy', 'compile'] as const),
  },
);

const interview = record({ questions: range, groups: range, pair: listOf(slug, LIST), guidance: proseList, tips: proseList });

/** One deck version as the app stores it. */
export const deckVersion = record({
  id: slug,
  title: prose,
  version: text(MAX_VERSION_LENGTH, undefined, 1),
  description: prose,
  groups: listOf(record({ id: slug, title: prose }), MAX_DECK_CARDS),
  cards: listOf(card, MAX_DECK_CARDS),
  interview: nullOr(interview),
});

/** A deck version on the wire. */
export type DeckVersion = Of<typeof deckVersion>;

/** Fails to compile when the wire shape and the app's Deck type part (a field added to one and not the other). */
export type DeckVersionIsDeck = Expect<Same<DeckVersion, StoredDeck>>;
type Expect<T extends true> = T;

/** Fails to compile when a card field (an optional drill field included) is on the wire and not in Card, or the reverse. */
export type DeckVersionCardKeys = Expect<Same<keyof DeckVersion['cards'][number], keyof Card>>;

/** The drill fields of a card, which a deck stored before drill kinds lacks. */
type DrillKeys = 'kind' | 'answer' | 'why' | 'code' | 'choices' | 'correct' | 'python' | 'run';

/** A Deck as a device or the server may hold it: every drill field of a card optional. */
type StoredDeck = Omit<Deck, 'cards'> & { cards: (Omit<Card, DrillKeys> & Partial<Pick<Card, DrillKeys>>)[] };
