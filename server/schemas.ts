// JSON schemas of every request body: strict types, no extra fields, bounded sizes.
import { CURSOR_PATTERN } from '../src/protocol/feeds';
import { retractionList } from '../src/protocol/retraction';
import { reviewRow, uuid } from '../src/protocol/review-row';

const safeText = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]+$' });
const int = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum });

/** The most review rows one push may carry. */
export const MAX_PUSH_ROWS = 500;

/**
 * One review-log row as the app stores it: the row's one definition (src/protocol/review-row.ts), whose
 * bounds are the log gate's own, so the schema never refuses a row the gate admits; what a schema cannot say
 * (fields that must agree, a time not in the future) the gate itself checks next (checks.ts).
 */
export const reviewSchema = reviewRow.schema;

/** One setting as pushed: last writer (by the device's clock) wins per key. */
export const settingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'value', 'updatedAt'],
  properties: {
    key: { enum: ['theme', 'newPerDay', 'interviewDate'] },
    value: { anyOf: [{ type: 'string', maxLength: 20 }, int(0, 10_000)] },
    updatedAt: int(0, 1e13),
  },
} as const;

export { MAX_PUSH_RETRACTIONS } from '../src/protocol/retraction';

/** POST /api/sync/push */
export const pushSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reviews'],
  properties: {
    reviews: { type: 'array', maxItems: MAX_PUSH_ROWS, items: reviewSchema },
    settings: { type: 'array', maxItems: 10, items: settingSchema },
    retractions: retractionList.schema,
  },
} as const;

/** POST /api/spaces */
export const createSpaceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['deviceName'],
  properties: { deviceName: safeText(60) },
} as const;

/** POST /api/pair */
export const pairSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'deviceName'],
  properties: { code: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[a-zA-Z -]+$' }, deviceName: safeText(60) },
} as const;

/** GET /api/sync/pull query string. */
export const pullQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cursor: { type: 'string', pattern: CURSOR_PATTERN },
    limit: { type: 'string', pattern: '^[1-9]\\d{0,3}$' },
  },
} as const;

/** GET /api/sync/days query string: the device's pull cursor. */
export const daysQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { cursor: pullQuerySchema.properties.cursor },
} as const;

/** Route params carrying a device id. */
export const deviceParamsSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: uuid.schema },
} as const;
