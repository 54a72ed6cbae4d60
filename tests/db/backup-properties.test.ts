// Property tests: nothing the importer accepts can make the app's own export unrestorable, and every
// state the app can reach exports a file it accepts (issue 14).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RehearseDb } from '../../src/db/schema';
import { recordGrade, undoGrade } from '../../src/db/record';
import { exportBackup } from '../../src/db/backup';
import { importBackupText } from '../../src/db/backup-mocks';
import { dump } from './dump';
import { acceptedRow, backupText, uuid } from './backup-gen';

const DAY = 86_400_000;
const now = Date.parse('2026-11-25T12:00:00Z');
const opened: RehearseDb[] = [];
const fresh = async () => {
  const db = new RehearseDb(`prop-${Math.random()}`);
  await db.open();
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('backup round trip', () => {
  it('for any file the importer accepts, export → fresh database → import gives an identical database', async () => {
    const rows = fc.uniqueArray(acceptedRow(now), { selector: (r) => r.id, minLength: 0, maxLength: 25 });
    await fc.assert(
      fc.asyncProperty(rows, async (reviews) => {
        const first = await fresh();
        await importBackupText(first, backupText(reviews), undefined, now);
        const exported = JSON.stringify(await exportBackup(first, now));
        const second = await fresh();
        await importBackupText(second, exported, undefined, now);
        expect(await dump(second)).toEqual(await dump(first));
        expect(JSON.stringify(await exportBackup(second, now))).toBe(exported);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('for any state the app can produce, its export is accepted and restores the same log and cards', async () => {
    const step = fc.oneof(
      fc.record({
        cardId: fc.constantFrom('gil', 'asyncio', 'decorators'),
        grade: fc.integer({ min: 0, max: 5 }),
        ticked: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }),
        pointCount: fc.integer({ min: 5, max: 8 }),
        durationMs: fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(0, -5, 1e12)),
        mode: fc.constantFrom('review' as const, 'drill' as const, 'interview' as const),
        mock: fc.option(uuid, { nil: undefined }),
        advance: fc.integer({ min: -2 * DAY, max: 9 * DAY }),
      }),
      fc.constant('undo' as const),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 20 }), async (steps) => {
        const db = await fresh();
        let time = now - 60 * DAY;
        const ids: string[] = [];
        for (const s of steps) {
          if (s === 'undo') {
            const id = ids.pop();
            if (id) await undoGrade(db, id);
            continue;
          }
          time = Math.min(now, Math.max(now - 90 * DAY, time + s.advance));
          const ticked = s.ticked.filter((t) => t < s.pointCount);
          const mockId = s.mode === 'interview' ? s.mock : undefined;
          ids.push(
            (
              await recordGrade(db, {
                deckId: 'senior-python',
                cardId: s.cardId,
                grade: s.grade,
                ticked,
                pointCount: s.pointCount,
                durationMs: s.durationMs,
                mode: s.mode,
                time,
                mockId,
              })
            ).id,
          );
        }
        const restored = await fresh();
        await importBackupText(restored, JSON.stringify(await exportBackup(db, now)), undefined, now);
        expect(await restored.reviews.orderBy('id').toArray()).toEqual(await db.reviews.orderBy('id').toArray());
        expect(await restored.cards.orderBy('key').toArray()).toEqual(await db.cards.orderBy('key').toArray());
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
