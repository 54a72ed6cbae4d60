// The log's vocabulary for the engine and the app: the shape of one logged grade and what it was for. The
// row itself is defined once, with its gate and its JSON Schema, in src/protocol/review-row.ts.
export { cardKey, MAX_DURATION_MS, MODES, type Mode } from '../protocol/log-terms';
export type { ReviewRow } from '../protocol/review-row';
