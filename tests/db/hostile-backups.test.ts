// Thousands of seeded hostile backup files: each is refused with a sentence a user understands, and the
// database (every table) is exactly as it was (issue 14).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { exportBackup } from '../../src/db/backup';
import { importBackupText } from '../../src/db/backup-mocks';
import { dump } from './dump';
import { acceptedRow, backupText } from './backup-gen';

const DAY = 86_400_000;
const now = Date.parse('2026-11-25T12:00:00Z');
const SEED = 14;
const FILES = 3000;
type Row = Record<string, unknown>;

/** One way to spoil a row: a value the app could never write, or one JSON cannot carry back. */
const rowMutations: [string, (r: Row, rnd: () => number) => Row][] = [
  ['future time', (r, rnd) => ({ ...r, time: now + DAY + 1 + Math.floor(rnd() * 1e12), day: Math.floor((now + 2 * DAY) / DAY) })],
  ['year 3000', (r) => ({ ...r, time: Date.UTC(3000, 0, 1), day: Math.floor(Date.UTC(3000, 0, 1) / DAY) })],
  ['beyond Date', (r) => ({ ...r, time: 9e15, day: 9e15 / DAY })],
  ['before 2020', (r, rnd) => ({ ...r, time: Date.UTC(2019, 11, 31) - Math.floor(rnd() * 1e11), day: 18_000 })],
  ['negative time', (r) => ({ ...r, time: -1 })],
  ['fractional time', (r) => ({ ...r, time: (r.time as number) + 0.5 })],
  ['day far off', (r, rnd) => ({ ...r, day: Math.floor((r.time as number) / DAY) + (rnd() < 0.5 ? -2 : 2) })],
  ['grade out of range', (r, rnd) => ({ ...r, grade: [-1, 6, 2.5, '5', true, null, 1e308][Math.floor(rnd() * 7)] })],
  ['point count', (r, rnd) => ({ ...r, pointCount: [3, 1, 4, 9, 1e308, -5, 6.5][Math.floor(rnd() * 7)] })],
  ['ticks on a drill card', (r) => ({ ...r, pointCount: 0, ticked: [0], coverage: 1 })],
  ['choice on an outline card', (r) => ({ ...r, pointCount: 6, ticked: [], coverage: (r.grade as number) / 5, choice: 1 })],
  [
    'choice out of range',
    (r, rnd) => ({
      ...r,
      pointCount: 0,
      ticked: [],
      coverage: (r.grade as number) / 5,
      choice: [4, -1, 1.5, '2', null, true][Math.floor(rnd() * 6)],
    }),
  ],
  ['duplicate ticks', (r) => ({ ...r, ticked: [0, 0], coverage: 0.4 })],
  ['unsorted ticks', (r) => ({ ...r, ticked: [2, 1], coverage: 0.4 })],
  ['tick beyond outline', (r) => ({ ...r, ticked: [r.pointCount], coverage: 1 / (r.pointCount as number) })],
  ['negative tick', (r) => ({ ...r, ticked: [-1] })],
  ['ticks not a list', (r, rnd) => ({ ...r, ticked: ['0', { 0: 1 }, 3, null][Math.floor(rnd() * 4)] })],
  ['coverage lie', (r) => ({ ...r, ticked: [], grade: 0, coverage: 1 })],
  ['coverage out of range', (r, rnd) => ({ ...r, coverage: [1.5, -0.1, 1e308][Math.floor(rnd() * 3)] })],
  ['duration', (r, rnd) => ({ ...r, durationMs: [-1, 0.5, 31 * DAY, 1e308, '100'][Math.floor(rnd() * 5)] })],
  ['mode', (r, rnd) => ({ ...r, mode: ['cram', '', null, 'REVIEW'][Math.floor(rnd() * 4)] })],
  ['counted drill', (r) => ({ ...r, mode: 'drill', counted: true })],
  ['counted not boolean', (r) => ({ ...r, counted: 'yes' })],
  ['mock id on a review', (r) => ({ ...r, mode: 'review', mockId: '00000000-0000-4000-8000-000000000000' })],
  ['mock id not an id', (r) => ({ ...r, mode: 'interview', counted: false, mockId: 'x'.repeat(50) })],
  ['1 MB id', (r) => ({ ...r, id: 'a'.repeat(1 << 20) })],
  ['id not a uuid', (r, rnd) => ({ ...r, id: ['', 'r1', 42, null, 'G0000000-0000-4000-8000-000000000000'][Math.floor(rnd() * 5)] })],
  [
    'deck id',
    (r, rnd) => {
      const deckId = ['', 'Deck', 'a/b', '__proto__', 'x'.repeat(200), 7][Math.floor(rnd() * 6)];
      return { ...r, deckId, cardKey: `${String(deckId)}/${String(r.cardId)}` };
    },
  ],
  ['card key disagrees', (r) => ({ ...r, cardKey: `${String(r.deckId)}/other` })],
  ['unknown field', (r, rnd) => ({ ...r, [['note', 'Counted', 'extra', 'prototype'][Math.floor(rnd() * 4)]]: 1 })],
  [
    'missing field',
    (r, rnd) => {
      const copy = { ...r };
      const required = [
        'id',
        'cardKey',
        'deckId',
        'cardId',
        'time',
        'day',
        'grade',
        'ticked',
        'pointCount',
        'coverage',
        'durationMs',
        'mode',
      ];
      delete copy[required[Math.floor(rnd() * required.length)]];
      return copy;
    },
  ],
];

/** Spoils the text of a file: things only raw JSON can carry. */
const textMutations: [string, (text: string, rnd: () => number) => string][] = [
  ['1e999', (t) => t.replace(/"durationMs":\d+/, '"durationMs":1e999')],
  ['-1e999 time', (t) => t.replace(/"time":\d+/, '"time":-1e999')],
  ['negative zero', (t) => t.replace(/"grade":\d/, '"grade":-0')],
  ['__proto__ key', (t) => t.replace('"id":', '"__proto__":{"isAdmin":true},"id":')],
  ['constructor key', (t) => t.replace('"id":', '"constructor":{"prototype":{"x":1}},"id":')],
  [
    'deep nesting',
    (t, rnd) => t.replace(/"durationMs":\d+/, `"durationMs":${'['.repeat(1000 + Math.floor(rnd() * 20_000))}${']'.repeat(1000)}`),
  ],
  ['deep nesting, unbalanced', (t) => t.replace(/"durationMs":\d+/, `"durationMs":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)],
  ['huge string', (t, rnd) => t.replace('"id":', `"note":"${'x'.repeat(rnd() < 0.05 ? 10 << 20 : 1 << 16)}","id":`)],
  ['truncated', (t, rnd) => t.slice(0, Math.floor(rnd() * (t.length - 1)))],
  ['not a backup', () => '{"cards":[]}'],
  ['wrong version', (t, rnd) => t.replace('"version":1', `"version":${['0', '2', '"1"', 'null', '1.5'][Math.floor(rnd() * 5)]}`)],
  ['top-level extra', (t) => t.replace('"version":1', '"version":1,"settings":{"theme":"dark"}')],
  ['reviews not a list', (t) => t.replace(/"reviews":\[.*\]/, '"reviews":{"0":{}}')],
  ['bad export date', (t) => t.replace(/"exportedAt":"[^"]*"/, '"exportedAt":"yesterday"')],
  ['a row not an object', (t, rnd) => t.replace('"reviews":[', `"reviews":[${['null', '1', '"row"', '[]'][Math.floor(rnd() * 4)]},`)],
  [
    'duplicate id',
    (t) => {
      const b = JSON.parse(t) as { reviews: Row[] };
      return backupText([...b.reviews, { ...b.reviews[0] }]);
    },
  ],
  [
    'same id, different grade',
    (t) => {
      const b = JSON.parse(t) as { reviews: Row[] };
      return backupText([
        ...b.reviews,
        {
          ...b.reviews[0],
          grade: ((b.reviews[0].grade as number) + 1) % 6,
          ticked: [],
          coverage: (((b.reviews[0].grade as number) + 1) % 6) / 5,
        },
      ]);
    },
  ],
];

let db: RehearseDb;
let mine: Row[];
beforeAll(async () => {
  db = new RehearseDb(`hostile-${Math.random()}`);
  await db.open();
  for (const [i, g] of [5, 2, 4].entries())
    await recordGrade(db, {
      deckId: 'senior-python',
      cardId: `c${i}`,
      grade: g,
      ticked: [0, 2],
      pointCount: 6,
      durationMs: 9000,
      mode: 'review',
      time: now - (3 - i) * DAY,
    });
  await db.meta.put({ key: 'setting:theme', value: 'dark' });
  mine = (await exportBackup(db, now)).reviews as unknown as Row[];
});
afterAll(async () => {
  await db.delete();
});

describe('hostile backup files', () => {
  it(`refuses ${FILES} seeded hostile files with a plain sentence, changing nothing`, async () => {
    const before = await dump(db);
    const valid = fc.sample(fc.uniqueArray(acceptedRow(now - 2 * DAY), { selector: (r) => r.id, minLength: 1, maxLength: 6 }), {
      seed: SEED,
      numRuns: FILES,
    });
    let rnd = SEED;
    const random = () => (rnd = (rnd * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const changed: string[] = [];
    const kinds = new Map<string, number>();
    for (let n = 0; n < FILES; n++) {
      const rows: Row[] = [...(valid[n] as unknown as Row[])];
      // Some files also carry this device's own rows, so the refusal must leave a merge half-done nowhere.
      if (random() < 0.3) rows.push(...mine);
      let text: string;
      let kind: string;
      if (random() < 0.6) {
        const [name, spoil] = rowMutations[Math.floor(random() * rowMutations.length)];
        const at = Math.floor(random() * rows.length);
        rows[at] = spoil(rows[at], random);
        [text, kind] = [backupText(rows), name];
      } else if (random() < 0.1) {
        // A row that conflicts with one already on this device.
        const theirs = { ...mine[Math.floor(random() * mine.length)], durationMs: 1 };
        [text, kind] = [backupText([...rows, theirs]), 'conflicts with this device'];
      } else {
        const [name, spoil] = textMutations[Math.floor(random() * textMutations.length)];
        [text, kind] = [spoil(backupText(rows), random), name];
      }
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      let message = '';
      try {
        await importBackupText(db, text, undefined, now);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, `${kind} was accepted`).not.toBe('');
      expect(message, kind).toMatch(/^(this|the|review \d+ of \d+) /);
      expect(message, kind).not.toMatch(/undefined|NaN|Infinity|stack|Error|\[object/);
      expect(message.length, kind).toBeLessThan(200);
      // Every 50 files a full dump of every table; in between the row counts (a full dump each time is slow here).
      const same =
        n % 50 === 0 ? JSON.stringify(await dump(db)) === JSON.stringify(before) : (await db.reviews.count()) === before.reviews.length;
      if (!same) changed.push(kind);
    }
    expect(await dump(db)).toEqual(before);
    console.log(`hostile backups: ${FILES} tried (${kinds.size} kinds), ${changed.length} changed the database`);
    expect(changed).toEqual([]);
  }, 300_000);
});
