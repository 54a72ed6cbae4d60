// The deck list is a live query: two Dexie instances on one database stand for two tabs, and a deck imported,
// removed or restored through one reaches the other's watcher without a refresh by hand.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearseDb, type DeckRow } from '../../src/db/schema';
import { watchDeckRows } from '../../src/db/decks';
import { removeDeck, restoreDeck, saveImportedDeck } from '../../src/db/deck-edits';
import type { Deck } from '../../src/deck/types';
import { OUTLINE_DRILL_FIELDS } from '../../src/deck/drill';

const deck = (id: string, version = '1.0.0'): Deck => ({
  id,
  title: id,
  version,
  description: '',
  groups: [{ id: 'g', title: 'G' }],
  interview: null,
  cards: [
    {
      id: 'c',
      group: 'g',
      prompt: 'Q?',
      tags: [],
      outline: ['a', 'b', 'c', 'd', 'e'],
      followUps: ['f', 'g'],
      redFlags: ['r', 's'],
      seniorSignal: 'S',
      examples: [],
      sources: [],
      ...OUTLINE_DRILL_FIELDS,
    },
  ],
});

let name: string;
let thisTab: RehearseDb;
let otherTab: RehearseDb;
let seen: DeckRow[][];
let stop: () => void;

/** Resolves once the watcher in this tab has seen rows that satisfy `ok`. */
function seenWhen(ok: (rows: DeckRow[]) => boolean): Promise<DeckRow[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not seen; last: ${JSON.stringify(seen.at(-1)?.map((r) => [r.id, r.removed]))}`)),
      3000,
    );
    const poll = () => {
      const last = seen.at(-1);
      if (last && ok(last)) {
        clearTimeout(timer);
        resolve(last);
      } else setTimeout(poll, 10);
    };
    poll();
  });
}

beforeEach(async () => {
  name = `live-decks-${Math.random()}`;
  thisTab = new RehearseDb(name);
  otherTab = new RehearseDb(name);
  await Promise.all([thisTab.open(), otherTab.open()]);
  seen = [];
  stop = watchDeckRows(
    thisTab,
    (rows) => seen.push(rows),
    (e) => {
      throw e;
    },
  );
  await seenWhen((rows) => rows.length === 0);
});
afterEach(async () => {
  stop();
  otherTab.close();
  await thisTab.delete();
});

it('a deck imported, removed and restored in another tab shows in this one', async () => {
  await saveImportedDeck(otherTab, deck('kafka'), undefined, 1);
  expect((await seenWhen((rows) => rows.length === 1)).map((r) => r.id)).toEqual(['kafka']);
  await removeDeck(otherTab, 'kafka', false);
  await seenWhen((rows) => rows[0]?.removed === true);
  await restoreDeck(otherTab, 'kafka');
  await seenWhen((rows) => rows[0]?.removed === false);
  await saveImportedDeck(otherTab, deck('kafka', '1.1.0'), undefined, 2);
  expect((await seenWhen((rows) => rows[0]?.deck.version === '1.1.0')).length).toBe(1);
});

it('stops following once stopped', async () => {
  stop();
  const before = seen.length;
  await saveImportedDeck(otherTab, deck('late'), undefined, 1);
  await new Promise((r) => setTimeout(r, 200));
  expect(seen.length).toBe(before);
});
