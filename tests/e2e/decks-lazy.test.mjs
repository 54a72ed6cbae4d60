// Today draws from the built-in decks' heads (titles, groups, card ids): a first visit requests no full deck before
// Today's groups are on screen, a usual start requests none at all, and the screens that show card text load the
// full decks, offline too once the first visit has cached them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countRows, reviewOneCard, setOnline, startReview, useApp, waitForServiceWorker } from './harness.mjs';

const CONCURRENCY = 'Python Concurrency Drills';
const FULL_DECK = /\/assets\/deck-[\w-]+\.json$/;
const HEADS = /\/assets\/builtin-decks-\w+\.json$/;
const pageErrors = [];
const app = useApp({}, async ({ browser }) => {
  browser.page.on('pageerror', (e) => pageErrors.push(e.message));
  // When the first group row is in the page, on the page's own clock (every load of the page).
  await browser.page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.group-row')) return;
      window.__groupsAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
});

/** The deck files the page has fetched so far (from the network or its service worker), with when each started. */
function deckRequests(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/[\w-]+\.json$/.test(r.name))
      .map((r) => ({ url: r.name, at: r.startTime })),
  );
}

test("a first visit's Today paints its decks before any full deck is requested", { timeout: 60_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await startReview(page, 16).waitFor();
  await page.getByRole('link', { name: new RegExp(`^Start review \\(15 cards\\)\\s*: ${CONCURRENCY}$`) }).waitFor();
  const groupsAt = await page.evaluate(() => window.__groupsAt);
  assert.ok(groupsAt > 0, 'Today painted its groups');
  const requests = await deckRequests(page);
  assert.ok(
    requests.some((r) => HEADS.test(r.url) && r.at < groupsAt),
    `the heads were fetched before the groups painted (${JSON.stringify(requests)})`,
  );
  for (const r of requests.filter((q) => FULL_DECK.test(q.url))) {
    assert.ok(
      r.at >= groupsAt,
      `${r.url} was requested at ${Math.round(r.at)} ms, before the groups painted at ${Math.round(groupsAt)} ms`,
    );
  }
  // A first visit records the built-in decks' versions once the page is idle: that (after the paint) needs the full decks.
  await page.waitForFunction(() => performance.getEntriesByName('rehearse:reconciled').length > 0, null, { timeout: 30_000 });
  assert.equal(
    (await deckRequests(page)).filter((r) => FULL_DECK.test(r.url)).length,
    3,
    'every full built-in deck was fetched once for the first snapshot',
  );
  assert.deepEqual(pageErrors, []);
});

test('a usual start requests no full deck; review loads it, from the cache with the network off', { timeout: 60_000 }, async () => {
  const { page, context } = app.browser;
  await waitForServiceWorker(page);
  await setOnline(context, app.server, false);
  await page.reload();
  await startReview(page, 16).waitFor();
  // The start's deck upkeep has run (no version is new to this device): still no full deck was needed.
  await page.waitForFunction(() => performance.getEntriesByName('rehearse:reconciled').length > 0, null, { timeout: 30_000 });
  assert.deepEqual(
    (await deckRequests(page)).filter((r) => FULL_DECK.test(r.url)),
    [],
    'no full deck on a usual start',
  );

  const fromWorker = [];
  page.on('response', (response) => FULL_DECK.test(response.url()) && fromWorker.push(response.fromServiceWorker()));
  await page.getByRole('link', { name: new RegExp(`^Start review \\(15 cards\\)\\s*: ${CONCURRENCY}$`) }).click();
  await page.getByText('Card 1 of 15').waitFor();
  assert.ok((await page.locator('#prompt').innerText()).length > 20, 'the card shows its question');
  assert.ok(
    fromWorker.length > 0 && fromWorker.every(Boolean),
    `the full decks came from the service worker (${JSON.stringify(fromWorker)})`,
  );
  await reviewOneCard(page, 4, 1);
  await page.getByText('Card 2 of 15').waitFor();
  assert.equal(await countRows(page, 'reviews'), 1, 'the grade is saved offline');
  assert.deepEqual(pageErrors, []);
});
