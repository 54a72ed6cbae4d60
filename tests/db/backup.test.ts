// Backup export and import: a merge by review id; the same file twice changes nothing; a bad file changes nothing.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { exportBackup, markBackupMade } from '../../src/db/backup';
import { importBackupText } from '../../src/db/backup-mocks';
import { loadSettings } from '../../src/db/settings';
import { dump } from './dump';

const start = new Date('2026-11-02T09:00:00').getTime();
const DAY = 86_400_000;
const now = start + 10 * DAY;
let source: RehearseDb;
let target: RehearseDb;

const grade = (db: RehearseDb, cardId: string, g: number, time: number) =>
  recordGrade(db, { deckId: 'd', cardId, grade: g, ticked: [0], pointCount: 5, durationMs: 500, mode: 'review', time });
const importText = (db: RehearseDb, text: string) => importBackupText(db, text, undefined, now);

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
    expect(await importText(target, JSON.stringify(backup))).toEqual({ added: 3, alreadyPresent: 0, mocks: 0, recordings: 0 });
    expect(await target.cards.orderBy('key').toArray()).toEqual(await source.cards.orderBy('key').toArray());
    expect(await target.reviews.orderBy('id').toArray()).toEqual(await source.reviews.orderBy('id').toArray());
  });

  it('marks in the file which grades were SM-2 repetitions, as older versions of Rehearse expect', async () => {
    await grade(source, 'a', 2, start);
    await grade(source, 'a', 5, start + 60_000);
    await grade(source, 'a', 5, start + DAY);
    expect((await exportBackup(source)).reviews.map((r) => r.counted)).toEqual([true, false, true]);
  });

  it('importing the same file twice changes nothing', async () => {
    await grade(source, 'a', 5, start);
    const file = JSON.stringify(await exportBackup(source));
    await importText(target, file);
    const before = await dump(target);
    expect(await importText(target, file)).toEqual({ added: 0, alreadyPresent: 1, mocks: 0, recordings: 0 });
    expect(await dump(target)).toEqual(before);
  });

  it('merges with progress already on this device', async () => {
    await grade(source, 'a', 5, start);
    await grade(target, 'a', 3, start + DAY);
    await importText(target, JSON.stringify(await exportBackup(source)));
    expect(await target.reviews.count()).toBe(2);
    expect(await target.cards.get('d/a')).toMatchObject({ repetitions: 2, interval: 6 });
  });

  it('imports all or nothing: a failure part-way leaves the database as it was', async () => {
    await grade(source, 'a', 5, start);
    await grade(source, 'b', 4, start);
    const file = JSON.stringify(await exportBackup(source));
    await grade(target, 'c', 3, start);
    const before = await dump(target);
    let writes = 0;
    target.reviews.hook('creating', () => {
      writes += 1;
      if (writes === 2) throw new Error('QuotaExceededError');
    });
    await expect(importText(target, file)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });

  it('refuses a file that gives a known id to a different grade, and changes nothing', async () => {
    const mine = await grade(target, 'a', 5, start);
    const before = await dump(target);
    const forged = { ...mine, grade: 0, coverage: 0.2, counted: true };
    const file = JSON.stringify({ format: 'rehearse-backup', version: 1, exportedAt: new Date(start).toISOString(), reviews: [forged] });
    await expect(importText(target, file)).rejects.toThrow('review 1 of 1 has the id of a different grade already on this device');
    expect(await dump(target)).toEqual(before);
  });

  it.each(['backup-v1-2026-11.json', 'backup-v1-2026-11-utc+14.json'])(
    'imports %s, as the first release exported it, into the same card states',
    async (name) => {
      const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
      const cards = JSON.parse(
        readFileSync(new URL(`./fixtures/${name.replace('.json', '.cards.json')}`, import.meta.url), 'utf8'),
      ) as unknown[];
      const result = await importBackupText(target, text, undefined, Date.parse('2026-11-13T00:00:00Z'));
      expect(result).toEqual({ added: 9, alreadyPresent: 0, mocks: 0, recordings: 0 });
      expect(await target.cards.orderBy('key').toArray()).toEqual(cards);
      // And what it exports again marks the same grades as SM-2 repetitions as the first release did.
      const again = await exportBackup(target);
      const original = (JSON.parse(text) as { reviews: { id: string; counted: boolean }[] }).reviews;
      expect(Object.fromEntries(again.reviews.map((r) => [r.id, r.counted]))).toEqual(
        Object.fromEntries(original.map((r) => [r.id, r.counted])),
      );
    },
  );

  const row = {
    id: '0b7c4b8e-4c52-4a55-9b1f-2f1e8f2f6a10',
    cardKey: 'd/a',
    deckId: 'd',
    cardId: 'a',
    time: start,
    day: Math.floor(start / DAY),
    grade: 4,
    ticked: [],
    pointCount: 5,
    coverage: 0.8,
    durationMs: 1,
    mode: 'review',
    counted: true,
  };
  const file = (reviews: object[]) =>
    JSON.stringify({ format: 'rehearse-backup', version: 1, exportedAt: new Date(start).toISOString(), reviews });
  it.each([
    ['not JSON', 'hello', 'not JSON'],
    ['another JSON file', '{"cards": []}', 'not a Rehearse backup'],
    ['a future version', '{"format":"rehearse-backup","version":9,"reviews":[]}', 'version 9, which this version of Rehearse cannot read'],
    ['a bad grade', file([{ ...row, grade: 9 }]), 'review 1 of 1 has a grade that is not a whole number from 0 to 5'],
    ['a repeated id', file([row, row]), 'review 2 of 2 repeats the id'],
    ['a counted drill', file([{ ...row, mode: 'drill' }]), 'review 1 of 1 is a drill grade marked as an SM-2 repetition'],
    ['ticks beyond the outline', file([{ ...row, ticked: [0, 5], coverage: 0.4 }]), 'review 1 of 1 has a list of ticked points'],
    ['a day far from its time', file([{ ...row, day: row.day + 3 }]), 'review 1 of 1 has a day that does not match its time'],
    ['a time JSON cannot write back', file([{ ...row, durationMs: 1 }]).replace('"durationMs":1', '"durationMs":1e999'), 'time spent'],
    [
      'a grade from the year 3000',
      file([{ ...row, time: Date.UTC(3000, 0, 1), day: Math.floor(Date.UTC(3000, 0, 1) / DAY) }]),
      'is dated 3000-01-01, in the future',
    ],
    ['a time past the Date range', file([{ ...row, time: 9e15, day: 9e15 / DAY }]), 'far beyond any calendar'],
    ['full coverage with nothing ticked and grade 0', file([{ ...row, grade: 0, coverage: 1 }]), 'coverage that does not follow'],
    ['an unknown field', file([{ ...row, note: 'x'.repeat(100) }]), 'has a field Rehearse does not write ("note")'],
    [
      'a __proto__ key',
      file([row]).replace('"id":', '"__proto__":{"polluted":1},"id":'),
      'has a field Rehearse does not write ("__proto__")',
    ],
    ['nesting a thousand deep', file([{ ...row, id: 'x' }]).replace('"x"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'Rehearse'],
  ])('rejects %s with a clear message and changes nothing', async (_name, body, message) => {
    await grade(target, 'a', 5, start);
    const before = await dump(target);
    await expect(importText(target, body)).rejects.toThrow(message);
    expect(await dump(target)).toEqual(before);
  });
});
