// Upgrade to version 4 (sync bookkeeping) from every earlier version: old rows unchanged, syncedIds empty.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';

// Each earlier version's stores() exactly as shipped, frozen here (the live schema may change, these must not).
const V1 = { reviews: 'id, cardKey, time, deckId', cards: 'key, deckId', meta: 'key' };
const V2 = { mocks: 'id, createdAt', recordings: '[mockId+question+part], mockId' };
const V3 = { decks: 'id' };
const EARLIER: Record<number, Record<string, string>[]> = { 1: [V1], 2: [V1, V2], 3: [V1, V2, V3] };

const start = new Date('2026-11-02T09:00:00').getTime();

async function dump(db: Dexie, tables: string[]) {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.table(t).toArray();
  return out;
}

describe('upgrade to version 4', () => {
  for (const [version, stores] of Object.entries(EARLIER)) {
    it(`keeps every row of a version-${version} database and adds an empty syncedIds`, async () => {
      const name = `upgrade-v4-from-${version}-${Math.random()}`;
      const old = new Dexie(name);
      stores.forEach((s, i) => old.version(i + 1).stores(s));
      await old.open();
      for (let i = 0; i < 30; i++) {
        await recordGrade(old as unknown as RehearseDb, {
          deckId: 'senior-python',
          cardId: `card-${i % 6}`,
          grade: i % 6,
          ticked: [0],
          pointCount: 3,
          durationMs: 900,
          mode: i % 3 ? 'review' : 'drill',
          time: start + i * 3_600_000,
        });
      }
      await old.table('meta').bulkPut([
        { key: 'setting:theme', value: 'dark' },
        { key: 'setting:newPerDay', value: 5 },
      ]);
      const tables = Object.keys(Object.assign({}, ...stores));
      if (Number(version) >= 2) await old.table('mocks').put({ id: 'mock-1', createdAt: start, state: { step: 2 } });
      if (Number(version) >= 3)
        await old.table('decks').put({
          id: 'go-backend',
          origin: 'imported',
          addedAt: start,
          removed: false,
          outlineUpdated: [],
          deck: { id: 'go-backend', title: 'Go', version: '1', groups: [], cards: [] },
        });
      const before = await dump(old, tables);
      old.close();

      const db = new RehearseDb(name);
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(4); // later versions only add tables
      expect(await dump(db, tables)).toEqual(before);
      expect(await db.syncedIds.count()).toBe(0);
      expect(await db.reviews.where('cardKey').equals('senior-python/card-1').count()).toBe(5);
      await db.delete();
    });
  }
});
