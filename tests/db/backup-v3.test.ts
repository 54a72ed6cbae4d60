// Backup version 3: drill grades (pointCount 0, nothing ticked, an optional choice) round-trip; files of
// versions 1 and 2 (which never carry a choice) still import exactly as before; a version-3 file with a bad
// choice is refused whole, with a plain sentence, and changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { exportFullBackup, importBackupText } from '../../src/db/backup-mocks';
import type { ReviewRow } from '../../src/srs/log-row';
import { dump } from './dump';

const DAY = 86_400_000;
const now = Date.parse('2026-11-25T12:00:00Z');
let source: RehearseDb;
let target: RehearseDb;

beforeEach(async () => {
  source = new RehearseDb(`v3src-${Math.random()}`);
  target = new RehearseDb(`v3dst-${Math.random()}`);
  await Promise.all([source.open(), target.open()]);
  await recordGrade(source, {
    deckId: 'python-drills',
    cardId: 'lock-counter',
    grade: 5,
    ticked: [],
    pointCount: 0,
    durationMs: 4000,
    mode: 'review',
    time: now - 2 * DAY,
    choice: 0,
  });
  await recordGrade(source, {
    deckId: 'python-drills',
    cardId: 'gil-short',
    grade: 4,
    ticked: [],
    pointCount: 0,
    durationMs: 3000,
    mode: 'drill',
    time: now - DAY,
  });
  await recordGrade(source, {
    deckId: 'senior-python',
    cardId: 'gil',
    grade: 3,
    ticked: [0, 2],
    pointCount: 6,
    durationMs: 9000,
    mode: 'review',
    time: now - DAY,
  });
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

const sorted = (rows: ReviewRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const file = (version: number, reviews: unknown[], extra: object = {}) =>
  JSON.stringify({
    format: 'rehearse-backup',
    version,
    exportedAt: new Date(now).toISOString(),
    reviews,
    ...(version > 1 && { mocks: [] }),
    ...extra,
  });

describe('backup version 3', () => {
  it('export writes version 3 with drill grades and their choice; a fresh device restores the same log and cards', async () => {
    const backup = await exportFullBackup(source, false, now);
    expect(backup.version).toBe(3);
    const drill = backup.reviews.find((r) => r.cardId === 'lock-counter');
    expect(drill).toMatchObject({ pointCount: 0, ticked: [], coverage: 1, choice: 0 });
    expect('choice' in backup.reviews.find((r) => r.cardId === 'gil-short')!).toBe(false);
    expect(await importBackupText(target, JSON.stringify(backup), undefined, now)).toMatchObject({ added: 3, alreadyPresent: 0 });
    expect(sorted(await target.reviews.toArray())).toEqual(sorted(await source.reviews.toArray()));
    expect(await target.cards.toArray()).toEqual(await source.cards.toArray());
    expect(await importBackupText(target, JSON.stringify(backup), undefined, now)).toMatchObject({ added: 0, alreadyPresent: 3 });
  });

  it.each([1, 2])('a version-%i file (no choice) imports exactly as before', async (version) => {
    const rows = (await source.reviews.toArray()).filter((r) => r.pointCount > 0);
    expect(await importBackupText(target, file(version, rows), undefined, now)).toMatchObject({ added: 1, alreadyPresent: 0 });
    expect(await target.reviews.toArray()).toEqual(rows);
    expect(await target.cards.toArray()).toEqual((await source.cards.toArray()).filter((c) => c.deckId === 'senior-python'));
  });

  it.each([
    ['a choice beyond four choices', { choice: 4 }, 'has a choice that is not a whole number from 0 to 3 (4)'],
    ['a choice as text', { choice: '1' }, 'has a choice that is not a whole number from 0 to 3 ("1")'],
    ['a fractional choice', { choice: 1.5 }, 'has a choice that is not a whole number from 0 to 3 (1.5)'],
    ['a choice on an outline card', { choice: 1, pointCount: 5, ticked: [], coverage: 1 }, 'records a choice, but its card has an outline'],
    ['ticks on a drill card', { ticked: [0], coverage: 1 }, 'has ticked points, but its card has no outline'],
    ['an outline of 3 points', { pointCount: 3 }, 'has an outline of 3 points; cards have 5 to 8 (drill cards none)'],
  ])('a version-3 file with %s is refused whole, saying why, and changes nothing', async (_, spoil, message) => {
    await importBackupText(target, JSON.stringify(await exportFullBackup(source, false, now)), undefined, now);
    const before = await dump(target);
    const rows = (await source.reviews.toArray()).map((r) => ({ ...r }));
    // A good row new to the target comes first, so a refusal must also undo nothing half-written.
    const good = rows.find((r) => r.cardId === 'gil-short')!;
    const fresh = { ...good, id: '00000000-0000-4000-8000-00000000000f', cardId: 'new-card', cardKey: `${good.deckId}/new-card` };
    const at = rows.findIndex((r) => r.cardId === 'lock-counter');
    rows[at] = { ...rows[at], ...spoil } as ReviewRow;
    const text = file(3, [fresh, ...rows]);
    await expect(importBackupText(target, text, undefined, now)).rejects.toThrow(`review ${at + 2} of ${rows.length + 1} ${message}`);
    expect(await dump(target)).toEqual(before);
  });
});
