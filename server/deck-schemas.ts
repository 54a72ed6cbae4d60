// JSON schemas of deck pushes: a deck's shape exactly as the app stores it (src/deck/types.ts), bounded. What
// a schema cannot say (the deck format's rules, the 1 MB and 500-card limits) the importer's own check says
// next (deck-checks.ts).
import { MAX_DECK_BYTES, MAX_DECK_CARDS } from '../src/deck/import-check';
import { MAX_OUTLINE_POINTS, MAX_SLUG, SLUG } from '../src/deck/types';

const slug = { type: 'string', maxLength: MAX_SLUG, pattern: SLUG.source };
const text = { type: 'string', maxLength: MAX_DECK_BYTES };
// Lists inside one card or guide: generous, as the body limit and the 1 MB check bound them anyway.
const list = { type: 'array', maxItems: 1000, items: text };
const range = { type: 'object', additionalProperties: false, required: ['min', 'max'], properties: { min: { type: 'integer', minimum: 0, maximum: 1e6 }, max: { type: 'integer', minimum: 0, maximum: 1e6 } } };

/** The most deck versions one push may carry (the app pushes one at a time). */
export const MAX_PUSH_DECKS = 4;

/** Longest "Version:" word the server keeps (the version is part of the row's key). */
export const MAX_VERSION_LENGTH = 200;

/** The body limit of a deck push: room for MAX_PUSH_DECKS decks of 1 MB text each, plus JSON's escapes. */
export const DECK_PUSH_BODY_LIMIT = 6 * 1024 * 1024;

const codeSchema = { type: 'object', additionalProperties: false, required: ['language', 'code'], properties: { language: text, code: text } } as const;

const cardSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'group', 'prompt', 'tags', 'outline', 'followUps', 'redFlags', 'seniorSignal', 'examples', 'sources'],
  properties: {
    id: slug,
    group: slug,
    prompt: text,
    tags: { type: 'array', maxItems: 1000, items: slug },
    outline: { type: 'array', maxItems: MAX_OUTLINE_POINTS, items: text },
    followUps: list,
    redFlags: list,
    seniorSignal: text,
    examples: {
      type: 'array',
      maxItems: 1000,
      items: codeSchema,
    },
    sources: list,
    // The drill kinds' fields (src/deck/types.ts); optional, as an older app pushes outline cards without them.
    kind: { enum: ['outline', 'short', 'predict', 'choice'] },
    answer: text,
    why: text,
    code: { anyOf: [{ type: 'null' }, codeSchema] },
    choices: list,
    correct: { type: 'integer', minimum: -1, maximum: 1000 },
    python: { type: 'string', maxLength: 40 },
    run: { enum: ['exact', 'racy', 'compile'] },
  },
} as const;

const interviewSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['questions', 'groups', 'pair', 'guidance', 'tips'],
  properties: { questions: range, groups: range, pair: { type: 'array', maxItems: 1000, items: slug }, guidance: list, tips: list },
} as const;

/** One deck version as the app stores it. */
export const deckSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'version', 'description', 'groups', 'cards', 'interview'],
  properties: {
    id: slug,
    title: text,
    version: { type: 'string', minLength: 1, maxLength: MAX_VERSION_LENGTH },
    description: text,
    groups: {
      type: 'array',
      maxItems: MAX_DECK_CARDS,
      items: { type: 'object', additionalProperties: false, required: ['id', 'title'], properties: { id: slug, title: text } },
    },
    cards: { type: 'array', maxItems: MAX_DECK_CARDS, items: cardSchema },
    interview: { anyOf: [{ type: 'null' }, interviewSchema] },
  },
} as const;

/** POST /api/sync/decks */
export const deckPushSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['decks'],
  properties: { decks: { type: 'array', minItems: 1, maxItems: MAX_PUSH_DECKS, items: deckSchema } },
} as const;
