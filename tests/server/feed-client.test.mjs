// The device's one paged pull (src/sync/feed.ts) against the real server on a real PostgreSQL: it follows
// pages to the end, and a page whose apply fails leaves the kept cursor before that page, so the next pull
// serves it again: no row is skipped and none comes twice. The same routine pulls the log, retractions and decks.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RehearseDb } from '../../src/db/schema.ts';
import { getSyncMeta } from '../../src/db/sync-store.ts';
import { createSpace } from '../../src/sync/api.ts';
import { pullFeed } from '../../src/sync/feed.ts';
import { call, review, useServer } from './helpers.mjs';

const env = useServer();

test('pages to the end; a failed apply keeps the cursor before its page, and the next pull resumes there', async () => {
  const device = new RehearseDb(`feed-${Math.random()}`);
  const { credential } = await createSpace(env.server.base, 'phone');
  const rows = Array.from({ length: 7 }, (_, i) => review(20_000 + i));
  const pushed = await call(env.server.base, 'POST', '/api/sync/push', { token: credential.token, body: { reviews: rows } });
  assert.equal(pushed.status, 200);

  const seen = [];
  let pages = 0;
  const feed = (failOnPage) => ({
    path: '/sync/pull',
    cursorKey: 'cursor',
    limit: 3,
    apply: async (page) => {
      pages++;
      if (pages === failOnPage) throw new Error('storage full');
      seen.push(...page.reviews.map((r) => r.id));
    },
  });
  await assert.rejects(pullFeed(device, credential, feed(2)), /storage full/);
  assert.equal(seen.length, 3, 'the first page was applied');
  const kept = await getSyncMeta(device, 'cursor');
  assert.match(kept, /^\d+:\d+$/);

  pages = 0;
  const last = await pullFeed(device, credential, feed(0));
  assert.equal(last.more, false);
  assert.deepEqual([...seen].sort(), rows.map((r) => r.id).sort(), 'every row once: none skipped after the failure, none twice');
  assert.equal(pages, 2, 'resumed at the failed page: 4 rows left in pages of 3');
  assert.notEqual(await getSyncMeta(device, 'cursor'), kept);
  await device.delete();
});
