// Every shipped schema version, frozen: a database created by that version's own `stores()` declaration (copied
// here when it shipped, never edited, never read from src/db/schema.ts) and filled with the rows it held opens with
// the current schema, and nothing in its tables changed; the current schema still has every shipped index.
//
// Shipping version N: add its entry to SHIPPED below (its declaration exactly as in schema.ts, and rows of every
// kind it adds, written as that version wrote them). Every earlier version is then tested against the new schema.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';

/** A shipped version: its frozen declaration, and rows of the tables it added or changed. */
interface Shipped {
  version: number;
  stores: Record<string, string | null>;
  rows: Record<string, Record<string, unknown>[]>;
}

const DAY_2026_11_02 = 20_394;

const SHIPPED: Shipped[] = [
  {
    // Version 1 (shipped 2026-11): the review log, the card cache and settings.
    version: 1,
    stores: { reviews: 'id, cardKey, time, deckId', cards: 'key, deckId', meta: 'key' },
    rows: {
      reviews: [
        {
          id: '0b7e2f3c-1c1a-4b6e-9a51-6f0f3d2a9b10',
          cardKey: 'senior-python/gil',
          deckId: 'senior-python',
          cardId: 'gil',
          time: 1_762_070_400_000,
          day: DAY_2026_11_02,
          grade: 4,
          ticked: [0, 2, 3, 4],
          pointCount: 5,
          coverage: 0.8,
          durationMs: 41_250,
          mode: 'review',
          counted: true,
        },
        {
          id: '5d1c8a2e-77f0-4f3e-8c1e-2b9d6a4c0e21',
          cardKey: 'senior-python/gil',
          deckId: 'senior-python',
          cardId: 'gil',
          time: 1_762_074_000_000,
          day: DAY_2026_11_02,
          grade: 3,
          ticked: [],
          pointCount: 5,
          coverage: 0.6,
          durationMs: 12_000,
          mode: 'drill',
          counted: false,
        },
        {
          id: 'a9f3b6d4-2e8c-4a71-b5d0-9c3e1f7a8b42',
          cardKey: 'go-backend/channels',
          deckId: 'go-backend',
          cardId: 'channels',
          time: 1_762_160_000_000,
          day: DAY_2026_11_02 + 1,
          grade: 1,
          ticked: [1],
          pointCount: 6,
          coverage: 1 / 6,
          durationMs: 60_000,
          mode: 'review',
          counted: true,
        },
      ],
      cards: [
        {
          key: 'senior-python/gil',
          deckId: 'senior-python',
          cardId: 'gil',
          repetitions: 1,
          easeFactor: 2.5,
          interval: 1,
          due: DAY_2026_11_02 + 1,
          lastReviewed: 1_762_074_000_000,
          lastGrade: 3,
          lastCoverage: 0.6,
          lastCountedDay: DAY_2026_11_02,
          introducedDay: DAY_2026_11_02,
          againDay: null,
          reviewCount: 2,
        },
        {
          key: 'go-backend/channels',
          deckId: 'go-backend',
          cardId: 'channels',
          repetitions: 0,
          easeFactor: 1.96,
          interval: 1,
          due: DAY_2026_11_02 + 2,
          lastReviewed: 1_762_160_000_000,
          lastGrade: 1,
          lastCoverage: 1 / 6,
          lastCountedDay: DAY_2026_11_02 + 1,
          introducedDay: DAY_2026_11_02 + 1,
          againDay: DAY_2026_11_02 + 1,
          reviewCount: 1,
        },
      ],
      meta: [
        { key: 'setting:theme', value: 'dark' },
        { key: 'setting:newPerDay', value: 5 },
        { key: 'setting:interviewDate', value: '2026-12-01' },
        { key: 'setting:persistAsked', value: true },
      ],
    },
  },
  {
    // Version 2: mock interviews (state and progress) and on-device recordings; interview grades name their mock.
    version: 2,
    stores: { mocks: 'id, createdAt', recordings: '[mockId+question+part], mockId' },
    rows: {
      reviews: [
        {
          id: 'c3d2e1f0-aaaa-4bbb-8ccc-0d1e2f3a4b5c',
          cardKey: 'senior-python/gil',
          deckId: 'senior-python',
          cardId: 'gil',
          time: 1_762_250_000_000,
          day: DAY_2026_11_02 + 2,
          grade: 4,
          ticked: [0, 1, 2, 3],
          pointCount: 5,
          coverage: 0.8,
          durationMs: 95_000,
          mode: 'interview',
          counted: false,
          mockId: 'mock-1',
        },
      ],
      mocks: [
        {
          id: 'mock-1',
          deckId: 'senior-python',
          seed: 42,
          createdAt: 1_762_249_000_000,
          finishedAt: 1_762_251_000_000,
          options: { count: 6, groups: 2, targetSeconds: 120, record: true },
          questions: [{ cardId: 'gil', followUps: [0, 1] }],
          progress: { current: 1, answers: [{ startedAt: 1_762_249_100_000, endedAt: 1_762_249_220_000 }], grades: { gil: 4 } },
        },
      ],
      recordings: [
        {
          mockId: 'mock-1',
          question: 0,
          part: 'main',
          mime: 'audio/webm;codecs=opus',
          data: new Uint8Array([1, 2, 3, 4]).buffer,
          bytes: 4,
          durationMs: 118_000,
          createdAt: 1_762_249_220_000,
        },
      ],
    },
  },
  {
    // Version 3: imported decks, and a snapshot of each built-in deck version the app has seen.
    version: 3,
    stores: { decks: 'id' },
    rows: {
      decks: [
        {
          id: 'go-backend',
          origin: 'imported',
          addedAt: 1_762_300_000_000,
          removed: false,
          outlineUpdated: ['channels'],
          deck: {
            id: 'go-backend',
            title: 'Go backend',
            version: '2026.11.2',
            description: '',
            interview: null,
            groups: [{ id: 'basics', title: 'Basics' }],
            cards: [
              {
                id: 'channels',
                group: 'basics',
                prompt: 'What is a channel?',
                tags: ['go'],
                outline: ['a', 'b', 'c', 'd', 'e'],
                followUps: ['x', 'y'],
                redFlags: ['p', 'q'],
                seniorSignal: 's',
                examples: [],
                sources: [],
              },
            ],
          },
        },
        {
          id: 'senior-python',
          origin: 'builtin',
          addedAt: 1_762_300_000_000,
          removed: true,
          outlineUpdated: [],
          deck: { id: 'senior-python', title: 'Senior Python', version: '2026.11.1', groups: [], cards: [] },
        },
      ],
    },
  },
  {
    // Version 4: sync bookkeeping, the ids of review rows the server already has.
    version: 4,
    stores: { syncedIds: 'id' },
    rows: { syncedIds: [{ id: '0b7e2f3c-1c1a-4b6e-9a51-6f0f3d2a9b10' }, { id: 'c3d2e1f0-aaaa-4bbb-8ccc-0d1e2f3a4b5c' }] },
  },
  {
    // Version 5: retractions, review ids deleted on purpose while sync is on (pushed: 0 waiting, 1 held by the server).
    version: 5,
    stores: { retractions: 'id, pushed' },
    rows: {
      retractions: [
        { id: '7e6d5c4b-3a29-4181-9f0e-1d2c3b4a5968', at: 1_762_400_000_000, pushed: 0 },
        { id: '8f7e6d5c-4b3a-4291-8f0e-2d3c4b5a6979', at: 1_762_400_100_000, pushed: 1 },
      ],
    },
  },
  {
    // Version 6: classes this device teaches (instructor) or takes part in (student).
    version: 6,
    stores: { classes: 'key, role, summaryDue' },
    rows: {
      classes: [
        {
          key: 'instructor:0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
          role: 'instructor',
          classId: '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
          name: 'Cohort 7',
          server: '',
          token: 'a'.repeat(43),
          joinCode: 'acid-acorn-actor-adobe-agent-alarm-album-alpha',
          displayName: null,
          sharing: false,
          deckCursor: '0:0',
          deckIds: ['cohort'],
          summaryDue: 0,
          summaryAt: 0,
          problem: '',
          joinedAt: 1_762_500_000_000,
        },
        {
          key: 'student:1c2d3e4f-5061-4728-9394-a5b6c7d8e9f0',
          role: 'student',
          classId: '1c2d3e4f-5061-4728-9394-a5b6c7d8e9f0',
          name: 'Bootcamp',
          server: '',
          token: 'b'.repeat(43),
          joinCode: null,
          displayName: 'Ada',
          sharing: true,
          deckCursor: '812:3',
          deckIds: ['cohort'],
          summaryDue: 1,
          summaryAt: 1_762_500_100_000,
          problem: '',
          joinedAt: 1_762_500_000_000,
        },
      ],
    },
  },
];

/** The primary key path and index names of a Dexie `stores()` string ('[a+b], &email, *tags' → [a, b]; email, tags). */
function parseStores(spec: string): { keyPath: string | string[]; indexes: string[] } {
  const [primKey, ...indexes] = spec.split(',').map((part) => part.trim().replace(/^(\+\+|&|\*)/, ''));
  const compound = /^\[(.*)\]$/.exec(primKey);
  return { keyPath: compound ? compound[1].split('+') : primKey, indexes };
}

/** A row's primary key, as text to sort and name it by. */
const keyOf = (row: Record<string, unknown>, keyPath: string | string[]): string =>
  JSON.stringify(Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]);

/** The tables as the shipped version `upTo` left them: every declaration up to it, later ones winning. */
function tablesAt(upTo: number): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const v of SHIPPED.filter((s) => s.version <= upTo)) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) delete tables[name];
      else tables[name] = spec;
    }
  }
  return tables;
}

const sortByKey = (rows: Record<string, unknown>[], keyPath: string | string[]) =>
  [...rows].sort((a, b) => keyOf(a, keyPath).localeCompare(keyOf(b, keyPath)));
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('shipped schema versions', () => {
  it('the frozen copies are in order and the current schema is not older than the last one', async () => {
    const versions = SHIPPED.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const db = new RehearseDb(`current-${Math.random()}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(versions[versions.length - 1]);
  });

  describe.each(SHIPPED.map((s) => [s.version] as const))('a database at version %i', (version) => {
    it('opens with the current schema with every row of every table unchanged and found by every shipped index', async () => {
      const name = `v${version}-${Math.random()}`;
      const old = new Dexie(name);
      for (const s of SHIPPED.filter((v) => v.version <= version)) old.version(s.version).stores(s.stores);
      const tables = tablesAt(version);
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const s of SHIPPED.filter((v) => v.version <= version)) {
        for (const [table, list] of Object.entries(s.rows)) if (table in tables) rows[table] = [...(rows[table] ?? []), ...list];
      }
      await old.open();
      for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
      old.close();

      const db = new RehearseDb(name);
      opened.push(db);
      await db.open();
      for (const [table, spec] of Object.entries(tables)) {
        const { keyPath, indexes } = parseStores(spec);
        const stored = await db.table(table).toArray();
        expect(sortByKey(stored, keyPath), `${table} rows`).toEqual(sortByKey(rows[table] ?? [], keyPath));
        for (const row of rows[table] ?? []) {
          for (const index of indexes.filter((i) => !i.startsWith('['))) {
            const found = await db
              .table(table)
              .where(index)
              .equals(row[index] as string)
              .primaryKeys();
            expect(
              found.map((k) => JSON.stringify(k)),
              `${table}.${index} finds ${keyOf(row, keyPath)}`,
            ).toContain(keyOf(row, keyPath));
          }
        }
      }
    });
  });

  it('a fresh database has every index of every shipped version (nothing shipped was dropped by an edit)', async () => {
    const db = new RehearseDb(`fresh-${Math.random()}`);
    opened.push(db);
    await db.open();
    const idb = db.backendDB();
    const tables = tablesAt(SHIPPED[SHIPPED.length - 1].version);
    const tx = idb.transaction(Object.keys(tables), 'readonly');
    for (const [table, spec] of Object.entries(tables)) {
      const { keyPath, indexes } = parseStores(spec);
      const store = tx.objectStore(table);
      expect(store.keyPath, `${table} primary key`).toEqual(keyPath);
      expect([...store.indexNames], `${table} indexes`).toEqual(expect.arrayContaining(indexes));
    }
  });

  it('keeps rows across closing and reopening', async () => {
    const name = `reopen-${Math.random()}`;
    const first = new RehearseDb(name);
    await first.meta.put({ key: 'setting:theme', value: 'dark' });
    first.close();
    const second = new RehearseDb(name);
    opened.push(second);
    expect(await second.meta.get('setting:theme')).toEqual({ key: 'setting:theme', value: 'dark' });
  });
});
