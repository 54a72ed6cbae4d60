// The schema: the current version opens, keeps data across reopen, and its indexes serve the review path.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';

describe('RehearseDb schema', () => {
  it('declares the indexes the review path queries', async () => {
    const db = new RehearseDb(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.mocks.schema.indexes.map((i) => i.name)).toEqual(['createdAt']);
    expect(db.recordings.schema.primKey.keyPath).toEqual(['mockId', 'question', 'part']);
    expect(db.reviews.schema.indexes.map((i) => i.name).sort()).toEqual(['cardKey', 'deckId', 'time']);
    expect(db.cards.schema.indexes.map((i) => i.name).sort()).toEqual(['deckId']);
    await db.delete();
  });

  it('keeps rows across closing and reopening', async () => {
    const name = `reopen-${Math.random()}`;
    const first = new RehearseDb(name);
    await first.meta.put({ key: 'setting:theme', value: 'dark' });
    first.close();
    const second = new RehearseDb(name);
    expect(await second.meta.get('setting:theme')).toEqual({ key: 'setting:theme', value: 'dark' });
    await second.delete();
  });
});
