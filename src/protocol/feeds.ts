// The pages of the sync feeds on the wire: every feed (the log, retractions, deck versions) is pulled page by
// page after a (txid, seq) cursor, under the server's commit-safe watermark (rule 2), and every page says the
// same three things besides its rows.

/** What every feed page carries besides its rows. */
export interface FeedPage {
  /** Where the next page starts: `txid:seq` of the last row served (or the cursor asked for, when none). */
  cursor: string;
  /** Whether more rows may follow right away (the page was full or stopped early). */
  more: boolean;
  /** Whether the server started over from the beginning (the cursor came from a database since replaced). */
  reset: boolean;
}

/** The cursor a device starts from. */
export const START_CURSOR = '0:0';

/** The pattern of a cursor in a request (two whole numbers), shared by the server's query schema. */
export const CURSOR_PATTERN = '^\\d{1,19}:\\d{1,19}$';

/** A page of the review log, with the space's settings (last writer wins per key). */
export interface ReviewPage<Row = unknown, Setting = unknown> extends FeedPage {
  reviews: Row[];
  settings: Setting[];
}

/** A page of retractions: ids of reviews deleted on purpose. */
export interface RetractionPage<Id = unknown> extends FeedPage {
  ids: Id[];
}

/** A page of deck versions, each with the sha256 of its canonical text. */
export interface DeckPage<D = unknown> extends FeedPage {
  decks: { deck: D; hash: string }[];
}
