// Rule 2, written once for every feed (the review log, retractions, deck versions): rows are served in
// (txid, seq) order after the device's cursor, and only rows of transactions older than every running one
// (txid < the snapshot's xmin), so a transaction that commits late is never skipped: its rows wait below the
// watermark until it commits, and the cursor never passes them.
import type { PoolClient } from 'pg';
import { START_CURSOR, type FeedPage } from '../src/protocol/feeds';

/** A table pulled as a feed: every row carries space_id, txid (xid8) and seq (identity). */
export interface Feed {
  /** The table (a constant of ours, never user input). */
  table: string;
  /** The SELECT list of what a page serves from each row. */
  columns: string;
  /** Rows per page when the device does not say, and the most it may ask for. */
  defaultLimit: number;
  maxLimit: number;
}

/** A page's rows and where the next starts. */
export interface PulledPage<Row> extends FeedPage {
  rows: Row[];
}

/** What the device asked: its cursor (`txid:seq`, checked by the route's query schema) and page size. */
export interface PageQuery {
  cursor?: string;
  limit?: string;
}

/**
 * Pulls one page of `feed` in `spaceId` after the query's cursor. `fit` may cut the page short (say, once it
 * is big in bytes) by returning how many of its rows to serve, at least one; the cursor then stops after the
 * last row served and `more` says the rest follows.
 */
export async function pullPage<Row>(
  client: PoolClient,
  feed: Feed,
  spaceId: string,
  query: PageQuery,
  fit?: (rows: Row[]) => number,
): Promise<PulledPage<Row>> {
  const [txid, seq] = (query.cursor ?? START_CURSOR).split(':');
  const limit = Math.min(Number(query.limit ?? feed.defaultLimit), feed.maxLimit);
  // A cursor from beyond this server's transaction counter means the database was replaced (restored from a
  // dump into a new cluster): start again from the beginning.
  const future = await client.query<{ future: boolean }>('SELECT $1::xid8 >= pg_snapshot_xmax(pg_current_snapshot()) AS future', [txid]);
  const reset = future.rows[0]!.future;
  const from = reset ? START_CURSOR.split(':') : [txid, seq];
  const { rows } = await client.query<Row & { txid: string; seq: string }>(
    `SELECT ${feed.columns}, txid::text AS txid, seq::text AS seq FROM ${feed.table}
     WHERE space_id = $1 AND (txid, seq) > ($2::xid8, $3::bigint) AND txid < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY txid, seq LIMIT $4`,
    [spaceId, from[0], from[1], limit],
  );
  const served = rows.length === 0 || !fit ? rows.length : Math.max(1, Math.min(rows.length, fit(rows)));
  const page = rows.slice(0, served);
  const last = page[page.length - 1];
  const strip = (r: Row & { txid?: string; seq?: string }): Row => {
    const row = { ...r };
    delete row.txid;
    delete row.seq;
    return row;
  };
  return {
    rows: page.map(strip),
    cursor: last ? `${last.txid}:${last.seq}` : `${from[0]}:${from[1]}`,
    more: rows.length === limit || served < rows.length,
    reset,
  };
}
