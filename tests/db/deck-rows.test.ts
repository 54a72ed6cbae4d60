// The stored decks as Today reads them at start: every row, a request each, in the order they were added.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearseDb, type DeckRow } from '../../src/db/schema';
import { deckRows } from '../../src/db/decks';

let db: RehearseDb;
beforeEach(async () => {
  db = new RehearseDb(`decks-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

const row = (id: string, addedAt: number): DeckRow =>
  ({
    id,
    origin: 'imported',
    addedAt,
    removed: false,
    outlineUpdated: [],
    deck: { id, title: id, version: '1', description: '', groups: [], cards: [], interview: null },
  }) as unknown as DeckRow;

it('reads every stored deck, oldest first whatever their ids', async () => {
  await db.decks.bulkPut([row('b-deck', 30), row('a-deck', 20), row('c-deck', 10)]);
  expect((await deckRows(db)).map((r) => r.id)).toEqual(['c-deck', 'a-deck', 'b-deck']);
});

it('reads nothing from an empty table', async () => {
  expect(await deckRows(db)).toEqual([]);
});
