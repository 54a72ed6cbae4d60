// Rule 2 on the device, written once for every feed (the log, retractions, deck versions): pull the pages
// after this device's cursor for that feed, hand each to the feed's own `apply`, and only then move the kept
// cursor past it. A pull cut off half way (offline, a closed tab) asks for the same page again next time, and
// the server's watermark makes sure no page skips a row committed late.
import { getSyncMeta, setSyncMeta } from '../db/sync-store';
import type { RehearseDb } from '../db/schema';
import { START_CURSOR, type FeedPage } from '../protocol/feeds';
import { api, type Credential } from './api';

/** One feed as the device pulls it. */
export interface FeedPull<P extends FeedPage> {
  /** The API path, e.g. `/sync/pull`. */
  path: string;
  /** Where this device keeps its cursor for the feed (a sync meta key). */
  cursorKey: string;
  /** Rows per page to ask for. */
  limit: number;
  /** Stores one page's rows here; the cursor moves past the page only once this resolves. */
  apply: (page: P) => Promise<void>;
}

/** Pulls every page of a feed after this device's cursor; returns the last page (for what it carries besides rows). */
export async function pullFeed<P extends FeedPage>(db: RehearseDb, c: Credential, feed: FeedPull<P>): Promise<P> {
  let cursor = (await getSyncMeta<string>(db, feed.cursorKey)) ?? START_CURSOR;
  for (;;) {
    const page = await api<P>(c.server, 'GET', `${feed.path}?cursor=${cursor}&limit=${feed.limit}`, { token: c.token });
    await feed.apply(page);
    cursor = page.cursor;
    await setSyncMeta(db, feed.cursorKey, cursor);
    if (!page.more) return page;
  }
}
