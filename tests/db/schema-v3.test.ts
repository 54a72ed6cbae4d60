// Schema version 3 (decks): a database of every earlier version (1, and 2: mock interviews), filled with real data, opens with the
// current schema with nothing in its old tables changed, and the new decks table works.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';

// Frozen copies of each shipped version's stores() declaration (never the live schema).
const V1_STORES = { reviews: 'id, cardKey, time, deckId', cards: 'key, deckId', meta: 'key' };
const V2_STORES = { mocks: 'id, createdAt', recordings: '[mockId+question+part], mockId' };

const review = {
  id: '6f1c2c6e-1111-4a4a-8b8b-000000000001',
  cardKey: 'senior-python/gil',
  deckId: 'senior-python',
  cardId: 'gil',
  time: Date.UTC(2026, 10, 20, 9),
  day: 20412,
  grade: 4,
  ticked: [0, 1, 2, 3],
  pointCount: 5,
  coverage: 0.8,
  durationMs: 42_000,
  mode: 'review',
  counted: true,
};
const card = {
  key: 'senior-python/gil',
  deckId: 'senior-python',
  cardId: 'gil',
  repetitions: 1,
  easeFactor: 2.5,
  interval: 1,
  due: 20413,
  lastReviewed: Date.UTC(2026, 10, 20, 9),
  lastGrade: 4,
  lastCoverage: 0.8,
  lastCountedDay: 20412,
  introducedDay: 20412,
  againDay: null,
  reviewCount: 1,
};
const meta = [
  { key: 'setting:theme', value: 'dark' },
  { key: 'setting:newPerDay', value: 5 },
];

async function dump(db: Dexie, tables: string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.table(t).toArray();
  return out;
}

describe('schema version 3 (decks)', () => {
  it('opens a version 1 database with data and changes nothing in it', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('reviews').add(review);
    await v1.table('cards').add(card);
    await v1.table('meta').bulkAdd(meta);
    const before = await dump(v1, ['reviews', 'cards', 'meta']);
    v1.close();

    const db = new RehearseDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await dump(db, ['reviews', 'cards', 'meta'])).toEqual(before);
    expect(before.reviews).toHaveLength(1);
    expect(await db.decks.count()).toBe(0);
    expect(db.reviews.schema.indexes.map((i) => i.name).sort()).toEqual(['cardKey', 'deckId', 'time']);
    await db.decks.put({
      id: 'x',
      origin: 'imported',
      deck: { id: 'x', title: 'X', version: '1', description: '', groups: [], cards: [], interview: null },
      addedAt: 1,
      removed: false,
      outlineUpdated: [],
    });
    expect(await db.decks.get('x')).toMatchObject({ origin: 'imported' });
    await db.delete();
  });

  it('opens a version 2 database (mock interviews, a recording) with data and changes nothing in it', async () => {
    const name = `v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    await v2.table('reviews').add({ ...review, mode: 'interview', counted: false });
    await v2.table('cards').add(card);
    await v2.table('meta').bulkAdd(meta);
    await v2.table('mocks').add({
      id: 'm1',
      deckId: 'senior-python',
      seed: 7,
      createdAt: 5,
      finishedAt: null,
      options: { targetSeconds: 120, record: true },
      questions: [{ cardId: 'gil' }],
      progress: { index: 0 },
    });
    await v2.table('recordings').add({
      mockId: 'm1',
      question: 0,
      part: 'main',
      mime: 'audio/webm',
      data: new Uint8Array([1, 2, 3]).buffer,
      bytes: 3,
      durationMs: 900,
      createdAt: 6,
    });
    const tables = ['reviews', 'cards', 'meta', 'mocks', 'recordings'];
    const before = await dump(v2, tables);
    v2.close();

    const db = new RehearseDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await dump(db, tables)).toEqual(before);
    expect(await db.decks.count()).toBe(0);
    await db.delete();
  });
});
