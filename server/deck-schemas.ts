// JSON schemas of deck pushes. The deck version's shape is written once, in src/protocol/deck-version.ts; what
// a schema cannot say (the deck format's rules, the 1 MB and 500-card limits) the importer's own check says
// next (deck-checks.ts).
import { deckVersion } from '../src/protocol/deck-version';

export { MAX_VERSION_LENGTH } from '../src/protocol/deck-version';

/** The most deck versions one push may carry (the app pushes one at a time). */
export const MAX_PUSH_DECKS = 4;

/** The body limit of a deck push: room for MAX_PUSH_DECKS decks of 1 MB text each, plus JSON's escapes. */
export const DECK_PUSH_BODY_LIMIT = 6 * 1024 * 1024;

/** One deck version as the app stores it. */
export const deckSchema = deckVersion.schema;

/** POST /api/sync/decks */
export const deckPushSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['decks'],
  properties: { decks: { type: 'array', minItems: 1, maxItems: MAX_PUSH_DECKS, items: deckSchema } },
} as const;
