// Upgrade to version 2 (mock interviews): a version-1 database full of real data opens with every old row unchanged.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RehearseDb, cardKey } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';

// Version 1's stores() exactly as shipped, frozen here: the live schema may change, this must not.
const V1_STORES = { reviews: 'id, cardKey, time, deckId', cards: 'key, deckId', meta: 'key' };

const start = new Date('2026-11-02T09:00:00').getTime();
const DAY = 86_400_000;

async function dump(db: Dexie) {
  const out: Record<string, unknown[]> = {};
  for (const table of ['reviews', 'cards', 'meta']) out[table] = await db.table(table).orderBy(':id').toArray();
  return out;
}

describe('upgrade from version 1', () => {
  it('keeps reviews, cards and settings exactly, and adds empty mock tables', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    // Fill version 1 through the app's own grade path (cast: same tables, older shape), then settings.
    const asApp = v1 as unknown as RehearseDb;
    for (let i = 0; i < 40; i++) {
      const modes = ['review', 'drill', 'review', 'interview'] as const;
      await recordGrade(asApp, {
        deckId: 'senior-python',
        cardId: `card-${i % 7}`,
        grade: i % 6,
        ticked: i % 2 ? [0, 2] : [],
        pointCount: 6,
        durationMs: 1000 + i,
        mode: modes[i % 4],
        time: start + (i * DAY) / 3,
      });
    }
    await v1.table('meta').bulkPut([
      { key: 'setting:theme', value: 'dark' },
      { key: 'setting:interviewDate', value: '2026-12-01' },
      { key: 'setting:lastBackup', value: start },
    ]);
    const before = await dump(v1);
    expect(before.reviews).toHaveLength(40);
    expect(before.cards).toHaveLength(7);
    v1.close();

    const db = new RehearseDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2); // later versions only add tables
    expect(await dump(db)).toEqual(before);
    expect(await db.mocks.count()).toBe(0);
    expect(await db.recordings.count()).toBe(0);
    // The old indexes still answer the review path's queries.
    expect(await db.reviews.where('cardKey').equals(cardKey('senior-python', 'card-3')).count()).toBe(6);
    expect(await db.cards.where('deckId').equals('senior-python').count()).toBe(7);
    await db.delete();
  });
});
