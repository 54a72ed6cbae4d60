// The one gate every row passes before it enters the review log (backup import, sync pulls and pushes): it
// accepts exactly what the app writes, within bounds, and keeps only the known fields. It is derived from the
// row's one definition in src/protocol/review-row.ts, as the sync server's JSON Schema is.
export {
  admitRow,
  admitRows,
  CHECK_SLICE,
  EARLIEST_TIME,
  MAX_CLOCK_SKEW_MS,
  MAX_DAY,
  sameGrade,
  UUID_PATTERN,
} from '../protocol/review-row';
export { GateError, quote, timeText, wholeNumber } from '../protocol/words';
