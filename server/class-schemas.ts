// JSON schemas of the class routes' bodies and parameters: strict types, no extra fields, bounded sizes.
// What a schema cannot say (card ids of the class deck, fields that must agree) class-summary-check.ts says next.
import { MAX_DECK_CARDS } from '../src/deck/import-check';
import { MAX_SLUG, SLUG } from '../src/deck/types';
import { MAX_DAY, UUID_PATTERN } from '../src/srs/log-gate';
import { deckSchema } from './deck-schemas';

const safeText = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]+$' });
const int = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum });
const slug = { type: 'string', minLength: 1, maxLength: MAX_SLUG, pattern: SLUG.source };

/** The most distinct decks a class may hold, and so a summary may describe. */
export const MAX_CLASS_DECKS = 20;
/** The most deck versions a class keeps. */
export const MAX_CLASS_DECK_VERSIONS = 200;
/** The largest SM-2 repetition count and review count a summary may state. */
export const MAX_REPETITIONS = 100_000;

/** POST /api/classes: start a class. */
export const startClassSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: safeText(80) },
} as const;

/** POST /api/classes/join */
export const joinClassSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'displayName', 'sharing'],
  properties: {
    code: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[a-zA-Z -]+$' },
    displayName: safeText(40),
    sharing: { type: 'boolean' },
  },
} as const;

/** PUT /api/classes/study/sharing */
export const sharingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['sharing'],
  properties: { sharing: { type: 'boolean' } },
} as const;

/** POST /api/classes/teach/decks: publish one deck version (the deck as the app stores it). */
export const publishSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['deck'],
  properties: { deck: deckSchema },
} as const;

/** One card of a summary: its SM-2 state and when it was last graded (a card never graded is left out). */
const cardSummarySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'repetitions', 'interval', 'due', 'lastGrade', 'lastDay', 'reviews'],
  properties: {
    id: slug,
    repetitions: int(0, MAX_REPETITIONS),
    interval: int(0, MAX_DAY),
    due: int(0, MAX_DAY),
    lastGrade: int(0, 5),
    lastDay: int(0, MAX_DAY),
    reviews: int(1, MAX_REPETITIONS),
  },
} as const;

/** One class deck's summary: the version the student has, per group readiness, per graded card its state. */
const deckSummarySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['deckId', 'version', 'groups', 'cards'],
  properties: {
    deckId: slug,
    version: { type: 'string', minLength: 1, maxLength: 200 },
    groups: {
      type: 'array',
      maxItems: MAX_DECK_CARDS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'readiness'],
        properties: { id: slug, readiness: { type: 'number', minimum: 0, maximum: 1 } },
      },
    },
    cards: { type: 'array', maxItems: MAX_DECK_CARDS, items: cardSummarySchema },
  },
} as const;

/** PUT /api/classes/study/summary: everything sharing sends, and nothing else. */
export const summarySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['activeDays14', 'decks'],
  properties: {
    activeDays14: int(0, 14),
    decks: { type: 'array', maxItems: MAX_CLASS_DECKS, items: deckSummarySchema },
  },
} as const;

/** The body limit of a summary push: 20 decks of 500 cards at about 110 bytes each. */
export const SUMMARY_BODY_LIMIT = 1_536 * 1024;

/** Route params naming a student. */
export const studentParamsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', pattern: UUID_PATTERN } },
} as const;
