// Backup export and import: a merge by review id; the same file twice changes nothing; a bad file changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { exportBackup, importBackup, markBackupMade, parseBackup } from '../../src/db/backup';
import { loadSettings } from '../../src/db/settings';

const start = new Date('2026-11-02T09:00:00').getTime();
const DAY = 86_400_000;
let source: RehearseDb;
let target: RehearseDb;

const grade = (db: RehearseDb, cardId: string, g: number, time: number) =>
  recordGrade(db, { deckId: 'd', cardId, grade: g, ticked: [0], pointCount: 5, durationMs: 500, mode: 'review', time });

beforeEach(async () => {
  source = new RehearseDb(`src-${Math.random()}`);
  target = new RehearseDb(`dst-${Math.random()}`);
  await Promise.all([source.open(), target.open()]);
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

describe('backup', () => {
  it('round-trips the log and rebuilds the same card states', async () => {
    await grade(source, 'a', 5, start);
    await grade(source, 'a', 4, start + DAY);
    await grade(source, 'b', 2, start);
    const backup = await exportBackup(source, start + 2 * DAY);
    expect((await loadSettings(source)).lastBackup).toBe(0);
    await markBackupMade(source, backup);
    expect((await loadSettings(source)).lastBackup).toBe(start + 2 * DAY);
    const file = JSON.stringify(backup);
    const result = await importBackup(target, parseBackup(file));
    expect(result).toEqual({ added: 3, alreadyPresent: 0 });
    expect(await target.cards.orderBy('key').toArray()).toEqual(await source.cards.orderBy('key').toArray());
  });

  it('importing the same file twice changes nothing', async () => {
    await grade(source, 'a', 5, start);
    const file = JSON.stringify(await exportBackup(source));
    await importBackup(target, parseBackup(file));
    const cards = await target.cards.toArray();
    expect(await importBackup(target, parseBackup(file))).toEqual({ added: 0, alreadyPresent: 1 });
    expect(await target.reviews.count()).toBe(1);
    expect(await target.cards.toArray()).toEqual(cards);
  });

  it('merges with progress already on this device', async () => {
    await grade(source, 'a', 5, start);
    await grade(target, 'a', 3, start + DAY);
    await importBackup(target, parseBackup(JSON.stringify(await exportBackup(source))));
    expect(await target.reviews.count()).toBe(2);
    expect(await target.cards.get('d/a')).toMatchObject({ repetitions: 2, interval: 6 });
  });

  it('imports all or nothing: a failure part-way leaves the database as it was', async () => {
    await grade(source, 'a', 5, start);
    await grade(source, 'b', 4, start);
    const backup = parseBackup(JSON.stringify(await exportBackup(source)));
    await grade(target, 'c', 3, start);
    const before = { reviews: await target.reviews.toArray(), cards: await target.cards.toArray() };
    let writes = 0;
    target.reviews.hook('creating', () => {
      writes += 1;
      if (writes === 2) throw new Error('QuotaExceededError');
    });
    await expect(importBackup(target, backup)).rejects.toThrow();
    expect(await target.reviews.toArray()).toEqual(before.reviews);
    expect(await target.cards.toArray()).toEqual(before.cards);
  });

  it.each([
    ['not JSON', 'hello', 'not JSON'],
    ['another JSON file', '{"cards": []}', 'not a Rehearse backup'],
    ['a future version', '{"format":"rehearse-backup","version":2,"reviews":[]}', 'version 2 is not supported'],
    ['a bad grade', 'GRADE', 'review 1 of 1 has a grade that is not an integer from 0 to 5'],
    ['a repeated id', 'TWICE', 'review 2 repeats the id'],
    ['a counted drill', 'DRILL', 'review 1 of 1 is a drill grade marked as an SM-2 repetition'],
    ['ticks beyond the outline', 'TICKS', 'review 1 of 1 ticks more outline points than it has'],
    ['a day far from its time', 'DAY', 'review 1 of 1 has a day that does not match its time'],
  ])('rejects %s with a clear message and changes nothing', async (_name, text, message) => {
    const row = { id: 'r1', cardKey: 'd/a', deckId: 'd', cardId: 'a', time: start, day: Math.floor(start / 86_400_000), grade: 4, ticked: [], pointCount: 5, coverage: 0.8, durationMs: 1, mode: 'review', counted: true };
    const file = (reviews: object[]) => JSON.stringify({ format: 'rehearse-backup', version: 1, reviews });
    const bodies: Record<string, string> = {
      GRADE: file([{ ...row, grade: 9 }]),
      TWICE: file([row, row]),
      DRILL: file([{ ...row, mode: 'drill' }]),
      TICKS: file([{ ...row, ticked: [0, 5] }]),
      DAY: file([{ ...row, day: row.day + 3 }]),
    };
    const body = bodies[text] ?? text;
    await grade(target, 'a', 5, start);
    const before = await target.reviews.toArray();
    expect(() => parseBackup(body)).toThrow(message);
    expect(await target.reviews.toArray()).toEqual(before);
  });
});
