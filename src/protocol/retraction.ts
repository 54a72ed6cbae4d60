// A retraction on the wire: the id of a review deleted on purpose (undo, a deck's "delete its progress too",
// Reset progress). The same kind gives the push's JSON Schema and the device's check of pulled ids.
import { uuid } from './review-row';
import { listOf } from './shape';
import { GateError, quote } from './words';

/** The most retractions one push may carry. */
export const MAX_PUSH_RETRACTIONS = 2000;

/** A push's list of retractions: distinct review ids as the app writes them. */
export const retractionList = listOf(uuid, MAX_PUSH_RETRACTIONS, true);

/** Checks ids pulled from the server before any row is deleted for them; throws a GateError naming the first bad one. */
export function admitRetractions(ids: unknown): string[] {
  if (!Array.isArray(ids)) throw new GateError('the server sent retractions that are not a list');
  const bad = ids.find((id) => !uuid.is(id));
  if (bad !== undefined) throw new GateError(`the server sent a retraction that is not a review id (${quote(bad)})`);
  return ids as string[];
}
