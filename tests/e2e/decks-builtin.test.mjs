// The two built-in decks in the browser (issue 10): Today shows the senior deck first and the concurrency
// drills after it, each with its groups; review, drill, Browse, Stats and mock interviews work per deck;
// and version 2 of the senior deck over a database with version-1 progress keeps every card's state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MAIN_DECK, SHOTS, eventually, readStore, reviewOneCard, startReview, useApp } from './harness.mjs';
import { parseDeck } from '../../src/deck/parse.ts';
import { diffDecks } from '../../src/deck/diff.ts';
import { axeViolations } from './axe.mjs';

const CONCURRENCY = 'Python Concurrency Drills';
const BANK = 'Concurrency drills: one idea a card';
// Version 1 of the built-in deck as it shipped (commit 89c3f62^), and version 2 as this build ships it.
const V1_FILE = resolve(import.meta.dirname, 'fixtures/senior-python-v1.md');
const V2_FILE = resolve(import.meta.dirname, '../../data/decks/senior-python.md');
const pageErrors = [];
const app = useApp({}, async (a) => {
  await mkdir(SHOTS, { recursive: true });
  a.browser.page.on('pageerror', (e) => pageErrors.push(e.message));
});

test('Today shows the built-in decks, the senior deck first, each with its own groups', async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await startReview(page, 16).waitFor();
  const decks = await page.locator('h2.deck-title').allInnerTexts();
  assert.deepEqual(decks, [MAIN_DECK, CONCURRENCY, BANK]);
  // Groups are headings one level below their deck's title, so a screen reader's outline nests them.
  for (const title of decks) await page.getByRole('heading', { name: title, level: 2 }).waitFor();
  const groups = (deckId) => page.locator(`.group-row[data-deck="${deckId}"] h3`).allInnerTexts();
  assert.deepEqual(await groups('senior-python'), [
    'Runtime, GIL & Concurrency',
    'Language Internals: Decorators & Generators',
    'Performance & Design',
    'Testing, Typing & API Design',
  ]);
  assert.deepEqual(await groups('concurrency-drills'), [
    'Threads & Locks',
    'asyncio in Practice',
    'Processes',
    'Free Threading & Multiple Interpreters',
  ]);
  await page.getByRole('link', { name: new RegExp(`^Start review \\(15 cards\\)\\s*: ${CONCURRENCY}$`) }).waitFor();
  await page.getByRole('link', { name: new RegExp(`^Mock interview · 4–6 questions .*: ${CONCURRENCY}$`) }).waitFor();
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 640 });
    await page.screenshot({ path: join(SHOTS, `today-builtin-decks-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), [], `axe in ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('review, drill, Browse, Stats and a mock interview of the concurrency deck use that deck', { timeout: 90_000 }, async () => {
  const { page } = app.browser;
  await page.goto(app.server.url);
  await page.getByRole('link', { name: new RegExp(`^Start review \\(15 cards\\)\\s*: ${CONCURRENCY}$`) }).click();
  assert.match(page.url(), /\/review\?deck=concurrency-drills$/);
  await page.getByText('Card 1 of 15').waitFor();
  assert.match(await page.locator('#prompt').innerText(), /Two threads update the same shared state/);
  await reviewOneCard(page, 4, 4);
  const reviews = await readStore(page, 'reviews');
  assert.deepEqual(
    reviews.map((r) => [r.deckId, r.cardId, r.mode]),
    [['concurrency-drills', 'race-conditions', 'review']],
  );

  await page.goto(app.server.url);
  await page.getByRole('link', { name: 'Drill this group: Processes', exact: true }).click();
  await page.getByText('Drill: Processes').waitFor();
  assert.match(page.url(), /drill=processes&deck=concurrency-drills$/);

  await page.goto(`${app.server.url}/browse?deck=concurrency-drills`);
  await page.getByRole('heading', { name: 'Threads & Locks', level: 2 }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Runtime, GIL & Concurrency' }).count(), 0, 'only this deck’s groups');
  await page.getByRole('link', { name: /Two threads update the same shared state/ }).click();
  await page.getByRole('heading', { name: 'Key points' }).waitFor();
  assert.match(page.url(), /\/browse\/race-conditions\?deck=concurrency-drills$/);

  await page.goto(`${app.server.url}/stats?deck=concurrency-drills`);
  await page.getByText(`Progress on ${CONCURRENCY}`).waitFor();

  await page.goto(`${app.server.url}/mock?deck=concurrency-drills`);
  await page.getByRole('heading', { name: 'Mock interview' }).waitFor();
  await page.getByText(/^4–6 questions, asked one at a time/).waitFor();
  assert.equal(await page.locator('input[name="count"]').count(), 3, 'the deck’s own rule: 4, 5 or 6 questions');

  // A finished mock of the concurrency deck is among that deck's past mocks, scored on its outline, and not the senior deck's.
  const at = Date.now() - 3_600_000;
  await putRow(page, 'mocks', {
    id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    deckId: 'concurrency-drills',
    seed: 1,
    createdAt: at,
    finishedAt: at + 60_000,
    options: { count: 4, groups: 'auto', favourWeakest: true, followUps: false, targetSeconds: 120, record: false },
    questions: [{ cardId: 'race-conditions', group: 'threads', followUp: null }],
    progress: {
      phase: 'done',
      index: 0,
      part: 'main',
      step: 'ready',
      stepStartedAt: null,
      answers: [{ main: 50_000, followUp: null }],
      reviews: [{ ticked: [0, 1, 2], redFlags: [], grade: 4, reviewId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }],
      tips: [],
    },
  });
  const drills = parseDeck(await readFile(resolve(import.meta.dirname, '../../data/decks/concurrency-drills.md'), 'utf8'));
  assert.ok(drills.ok);
  const points = drills.deck.cards.find((c) => c.id === 'race-conditions').outline.length;
  await page.reload();
  await page.getByRole('heading', { name: 'Past mocks' }).waitFor();
  await page.locator('.mock-past', { hasText: `1 question · ${Math.round((3 / points) * 100)}% covered · 0:50 speaking` }).waitFor();
  await page.goto(`${app.server.url}/mock`);
  await page.getByRole('heading', { name: 'Past mocks' }).waitFor();
  await page.getByText('None yet. Your scorecards will collect here.').waitFor();
  assert.deepEqual(pageErrors, []);
});

/** Puts `row` into the app's IndexedDB object store `store`, as a device that last ran an older build would hold it. */
function putRow(page, store, row) {
  return page.evaluate(
    ([name, value]) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('rehearse');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          tx.objectStore(name).put(value);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => (open.result.close(), fail(tx.error));
        };
      }),
    [store, row],
  );
}

test(
  'the built-in deck goes from version 1 to 2 over a database with progress: every card keeps its state; changed outlines say so once',
  { timeout: 120_000 },
  async () => {
    const { page } = app.browser;
    const [v1, v2] = [await readFile(V1_FILE, 'utf8'), await readFile(V2_FILE, 'utf8')].map((text) => {
      const result = parseDeck(text);
      assert.ok(result.ok);
      return result.deck;
    });
    const changed = diffDecks(v1, v2).outlineChanged.sort();
    assert.deepEqual(
      changed,
      ['api-versioning', 'asyncio-concurrency', 'cpu-bound-options', 'hot-loops', 'mp-threading-asyncio', 'profiling-slow-service'],
      'what the current version changed',
    );

    // Progress on every card of the senior deck, from the real review screen.
    await page.goto(app.server.url);
    await startReview(page, 16).click();
    for (let i = 1; i <= 16; i++) {
      await page.getByText(`Card ${i} of 16`).waitFor();
      await reviewOneCard(page, 4, 5);
    }
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    const senior = (rows) => rows.filter((r) => r.deckId === 'senior-python').sort((a, b) => (a.key ?? a.id).localeCompare(b.key ?? b.id));
    const before = { cards: senior(await readStore(page, 'cards')), reviews: senior(await readStore(page, 'reviews')) };
    assert.equal(before.cards.length, 16);

    // The device last saw version 1 of the built-in deck (what deck-reconcile.ts compares with at start).
    await putRow(page, 'decks', {
      id: 'senior-python',
      origin: 'builtin',
      deck: v1,
      addedAt: Date.now() - 86_400_000,
      removed: false,
      outlineUpdated: [],
    });
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await eventually(
      async () => (await readStore(page, 'decks')).find((d) => d.id === 'senior-python')?.deck.version === v2.version,
      'version 2 is recorded at start',
    );
    const stored = (await readStore(page, 'decks')).find((d) => d.id === 'senior-python');
    assert.deepEqual([...stored.outlineUpdated].sort(), changed);
    assert.deepEqual(
      { cards: senior(await readStore(page, 'cards')), reviews: senior(await readStore(page, 'reviews')) },
      before,
      'every card state and every logged grade is identical',
    );

    // Browse marks the changed cards; a drill shows the badge on a changed card, and revealing it clears the mark.
    await page.goto(`${app.server.url}/browse`);
    await page.getByRole('heading', { name: 'All cards' }).waitFor();
    // The heading draws before the list has read the schedules: count the badges once the list is there.
    await page.locator('.browse-card').first().waitFor();
    assert.equal(await page.locator('.browse-card .badge', { hasText: 'Outline updated' }).count(), changed.length);
    await page.goto(`${app.server.url}/review?drill=performance`);
    const hotLoops = v2.cards.find((c) => c.id === 'hot-loops').prompt;
    const shownId = async () => {
      const text = await page.locator('#prompt').innerText();
      return v2.cards.find((c) => text.startsWith(c.prompt.replace(/`/g, '').slice(0, 30))).id;
    };
    for (let i = 0; i < 4 && (await shownId()) !== 'hot-loops'; i++) {
      const id = await shownId();
      assert.equal(
        await page.locator('article .badge', { hasText: 'Outline updated' }).count(),
        changed.includes(id) ? 1 : 0,
        `the badge on ${id}`,
      );
      await reviewOneCard(page, 4, 5);
    }
    assert.ok((await page.locator('#prompt').innerText()).startsWith(hotLoops.slice(0, 40)), 'the drill reached hot-loops');
    await page.locator('article .badge', { hasText: 'Outline updated' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'review-outline-updated-390.png') });
    await page.getByRole('button', { name: /Show answer/ }).click();
    await eventually(
      async () => !(await readStore(page, 'decks')).find((d) => d.id === 'senior-python').outlineUpdated.includes('hot-loops'),
      'the mark is cleared once shown',
    );
    assert.deepEqual(pageErrors, []);
  },
);
