// Stored decks: built-in versions across app updates, imports and updates that keep progress, remove and restore.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { reconcileBuiltins } from '../../src/db/deck-reconcile';
import { clearOutlineUpdated, removeDeck, restoreDeck, saveImportedDeck } from '../../src/db/deck-edits';
import type { Card, Deck } from '../../src/deck/types';
import { LEGACY_OUTLINES } from '../../src/deck/legacy-outlines';
import { parseDeck } from '../../src/deck/parse';
import { readFileSync } from 'node:fs';
import { OUTLINE_DRILL_FIELDS } from '../../src/deck/drill';

const card = (id: string, extra: Partial<Card> = {}): Card => ({
  id,
  group: 'g',
  prompt: `Q ${id}?`,
  tags: [],
  outline: ['a', 'b', 'c', 'd', 'e'],
  followUps: ['f', 'g'],
  redFlags: ['r', 's'],
  seniorSignal: 'S',
  examples: [],
  sources: [],
  ...OUTLINE_DRILL_FIELDS,
  choices: [],
  ...extra,
});
const deck = (id: string, version: string, cards: Card[]): Deck => ({
  id,
  title: id,
  version,
  description: '',
  groups: [{ id: 'g', title: 'G' }],
  cards,
  interview: null,
});
const t0 = new Date('2026-11-02T09:00:00').getTime();
let db: RehearseDb;

async function progress(): Promise<unknown> {
  return { reviews: await db.reviews.orderBy('id').toArray(), cards: await db.cards.orderBy('key').toArray() };
}
const grade = (deckId: string, cardId: string, g: number) =>
  recordGrade(db, { deckId, cardId, grade: g, ticked: [0, 1, 2], pointCount: 5, durationMs: 1000, mode: 'review', time: t0 });

beforeEach(async () => {
  db = new RehearseDb(`decks-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('built-in decks across app updates', () => {
  it('stores a snapshot once, then a newer built-in marks changed outlines and leaves progress exactly as it was', async () => {
    const v1 = deck('sp', '1', [card('a'), card('b'), card('c')]);
    // A first sighting stores the snapshot but reports no replacement: the app already shows this built-in
    // deck, so start-up need not read the decks again (it did, and Today ran its queries twice).
    expect(await reconcileBuiltins(db, [v1], t0)).toBe(false);
    expect(await db.decks.get('sp')).toMatchObject({ origin: 'builtin', deck: v1, addedAt: t0, outlineUpdated: [] });
    expect(await reconcileBuiltins(db, [v1], t0 + 1)).toBe(false);
    expect((await db.decks.get('sp'))?.addedAt).toBe(t0); // same version: nothing written
    await grade('sp', 'a', 5);
    await grade('sp', 'b', 3);
    const before = await progress();
    const v2 = deck('sp', '2', [card('a'), card('b', { outline: ['a', 'b', 'c', 'd', 'new'] }), card('d')]);
    expect(await reconcileBuiltins(db, [v2], t0 + 2)).toBe(true);
    expect(await progress()).toEqual(before);
    expect(await db.decks.get('sp')).toMatchObject({ origin: 'builtin', deck: v2, outlineUpdated: ['b'] });
    expect(await reconcileBuiltins(db, [v1], t0 + 3)).toBe(false); // an older build never downgrades
    expect(await db.decks.get('sp')).toMatchObject({ deck: v2 });
  });

  it('marks, on a device used before snapshots existed, the reviewed cards whose outline the legacy version did not have', async () => {
    // The real built-in deck over progress on one card it changed (hot-loops) and one it kept (gil).
    const parsed = parseDeck(readFileSync(new URL('../../data/decks/senior-python.md', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('the built-in deck must parse');
    await grade('senior-python', 'hot-loops', 4);
    await grade('senior-python', 'gil', 4);
    const before = await progress();
    expect(await reconcileBuiltins(db, [parsed.deck], t0)).toBe(true);
    // api-versioning changed too, but this device never reviewed it: nothing of it was "updated" for this user.
    expect((await db.decks.get('senior-python'))?.outlineUpdated).toEqual(['hot-loops']);
    expect(await progress()).toEqual(before);
  });

  it('marks nothing on a new device, or for a deck with no legacy version', async () => {
    const ids = Object.keys(LEGACY_OUTLINES['senior-python'].fingerprints);
    expect(await reconcileBuiltins(db, [deck('senior-python', '2026.11.2', [card(ids[0], { outline: ['new'] })])], t0)).toBe(false);
    await grade('other', 'a', 4);
    expect(await reconcileBuiltins(db, [deck('other', '2', [card('a', { outline: ['new'] })])], t0)).toBe(false);
    expect((await db.decks.toArray()).map((r) => r.outlineUpdated)).toEqual([[], []]);
  });

  it('trusts the rows read at start-up when nothing is new, and reads again before writing when something is', async () => {
    const v1 = deck('sp', '1', [card('a')]);
    // Rows that say v1 is stored: nothing is new, so nothing is read or written (the table is really empty).
    expect(
      await reconcileBuiltins(db, [v1], t0, [{ id: 'sp', origin: 'builtin', deck: v1, addedAt: t0, removed: false, outlineUpdated: [] }]),
    ).toBe(false);
    expect(await db.decks.count()).toBe(0);
    // Rows read before an import of a newer version: the transaction sees the import and leaves it alone.
    const imported = deck('sp', '2', [card('a', { outline: ['x', 'b', 'c', 'd', 'e'] })]);
    await saveImportedDeck(db, imported, v1, t0);
    const before = await db.decks.toArray();
    expect(await reconcileBuiltins(db, [v1], t0 + 1, [])).toBe(false);
    expect(await db.decks.toArray()).toEqual(before);
    // A newer built-in replaces the older imported version: the app must show it, so it says so.
    const v3 = deck('sp', '3', [card('a')]);
    expect(await reconcileBuiltins(db, [v3], t0 + 2, before)).toBe(true);
    expect(await db.decks.get('sp')).toMatchObject({ origin: 'builtin', deck: v3 });
  });
});

describe('imported decks', () => {
  const v1 = deck('mine', '1.0', [card('a'), card('b')]);

  it('imports a new deck, refuses the same or an older version without changing anything, and updates a newer one', async () => {
    await saveImportedDeck(db, v1, undefined, t0);
    await grade('mine', 'a', 4);
    const stored = await db.decks.toArray();
    const before = await progress();
    await expect(saveImportedDeck(db, v1, undefined, t0 + 1)).rejects.toThrow('version 1.0 is not newer than the stored version 1.0');
    await expect(saveImportedDeck(db, deck('mine', '0.9', []), undefined, t0 + 1)).rejects.toThrow(/not newer/);
    expect(await db.decks.toArray()).toEqual(stored);
    const v2 = deck('mine', '1.1', [card('a', { outline: ['1', '2', '3', '4', '5'] }), card('c')]);
    await saveImportedDeck(db, v2, undefined, t0 + 2);
    expect(await progress()).toEqual(before); // the removed card's log stays; nothing is re-folded
    expect(await db.decks.get('mine')).toMatchObject({ deck: v2, addedAt: t0, outlineUpdated: ['a'] });
    await clearOutlineUpdated(db, 'mine', 'a');
    expect((await db.decks.get('mine'))?.outlineUpdated).toEqual([]);
  });

  it('a newer version of a built-in deck is compared with the built-in one', async () => {
    const builtin = deck('sp', '1', [card('a')]);
    await saveImportedDeck(db, deck('sp', '2', [card('a', { outline: ['x', 'b', 'c', 'd', 'e'] })]), builtin, t0);
    expect(await db.decks.get('sp')).toMatchObject({ origin: 'imported', outlineUpdated: ['a'] });
    await expect(saveImportedDeck(db, builtin, builtin, t0)).rejects.toThrow(/not newer/);
  });

  it('removing keeps the log and can be undone; deleting its progress too removes the log', async () => {
    await saveImportedDeck(db, v1, undefined, t0);
    await grade('mine', 'a', 4);
    await grade('other', 'a', 4);
    const before = await progress();
    await removeDeck(db, 'mine', false);
    expect(await db.decks.get('mine')).toMatchObject({ removed: true });
    expect(await progress()).toEqual(before);
    await restoreDeck(db, 'mine');
    expect(await db.decks.get('mine')).toMatchObject({ removed: false });
    await removeDeck(db, 'mine', true);
    expect(await db.decks.get('mine')).toBeUndefined();
    expect(await db.reviews.where('deckId').equals('mine').count()).toBe(0);
    expect(await db.cards.where('deckId').equals('mine').count()).toBe(0);
    expect(await db.reviews.where('deckId').equals('other').count()).toBe(1);
  });
});
