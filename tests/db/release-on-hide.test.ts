// A page Safari keeps in its back/forward cache must not keep holding IndexedDB locks: its open transactions are
// aborted as it is hidden into that cache (and only then), and a page brought back after such an abort loads again.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { releaseOnPageHide } from '../../src/db/release-on-hide';

let db: RehearseDb;
let page: EventTarget & { location: { reload: () => void } };
let stop: () => void;

const transition = (type: 'pagehide' | 'pageshow', persisted: boolean): void => {
  page.dispatchEvent(Object.assign(new Event(type), { persisted }));
};

beforeEach(() => {
  db = new RehearseDb(`test-${Math.random()}`);
  page = Object.assign(new EventTarget(), { location: { reload: vi.fn() } });
  stop = releaseOnPageHide(db, page as unknown as Window);
});

afterEach(async () => {
  stop();
  db.close();
  await db.delete();
});

it('aborts a transaction open when the page goes into the back/forward cache, and reloads the page brought back', async () => {
  await db.meta.put({ key: 'x', value: 1 });
  const cut = db.transaction('rw', db.meta, db.reviews, async () => {
    await db.meta.put({ key: 'x', value: 2 });
    transition('pagehide', true);
    await db.reviews.count();
  });
  await expect(cut).rejects.toThrow();
  // All or nothing: the write before the abort is gone, and the tables are free for the next transaction.
  await db.transaction('rw', db.meta, async () => db.meta.put({ key: 'y', value: 3 }));
  expect(await db.meta.get('x')).toEqual({ key: 'x', value: 1 });
  expect(await db.meta.get('y')).toEqual({ key: 'y', value: 3 });
  transition('pageshow', true);
  expect(page.location.reload).toHaveBeenCalledTimes(1);
});

it('leaves transactions alone when the page is unloaded or hidden with none open, and a plain show reloads nothing', async () => {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'x', value: 1 });
    transition('pagehide', false);
    await db.meta.put({ key: 'x', value: 2 });
  });
  expect(await db.meta.get('x')).toEqual({ key: 'x', value: 2 });
  // The read's transaction completes just after its answer arrives.
  await new Promise((resolve) => setTimeout(resolve, 10));
  transition('pagehide', true);
  transition('pageshow', true);
  transition('pageshow', false);
  expect(page.location.reload).not.toHaveBeenCalled();
});
