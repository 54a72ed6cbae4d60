// The class routes' JSON Schemas: the wire shapes come from the protocol definition shared with the app
// (src/protocol/class.ts); what a schema cannot say (card ids of the class deck, fields that must agree)
// class-summary.ts says next.
import { UUID_PATTERN } from '../src/protocol/review-row';
import { classSummary, joinClassBody, sharingBody, startClassBody } from '../src/protocol/class';
import { deckSchema } from './deck-schemas';

export { MAX_CLASS_DECKS, MAX_REPETITIONS } from '../src/protocol/class';

/** The most deck versions a class keeps. */
export const MAX_CLASS_DECK_VERSIONS = 200;

/** POST /api/classes: start a class. */
export const startClassSchema = startClassBody.schema;

/** POST /api/classes/join */
export const joinClassSchema = joinClassBody.schema;

/** PUT /api/classes/study/sharing */
export const sharingSchema = sharingBody.schema;

/** POST /api/classes/teach/decks: publish one deck version (the deck as the app stores it). */
export const publishSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['deck'],
  properties: { deck: deckSchema },
} as const;

/** PUT /api/classes/study/summary: everything sharing sends, and nothing else. */
export const summarySchema = classSummary.schema;

/** The body limit of a summary push: 20 decks of 500 cards at about 110 bytes each. */
export const SUMMARY_BODY_LIMIT = 1_536 * 1024;

/** Route params naming a student. */
export const studentParamsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', pattern: UUID_PATTERN } },
} as const;
