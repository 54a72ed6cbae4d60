// A forged backup whose grades would fold past any calendar (24 perfect reviews on consecutive days): the log gate
// accepts it, since it is a log the app could have written, and the fold caps the card at the 100-year ceiling, so
// the imported card is due on a real date. A card row cached by the old, uncapped fold is refolded once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearseDb } from '../../src/db/schema';
import { importBackupText } from '../../src/db/backup-mocks';
import { refoldCardsOnce } from '../../src/db/refold-cards';
import { REFOLDED_KEY } from '../../src/db/refold-key';
import { MAX_INTERVAL_DAYS } from '../../src/srs/sm2';
import { backupText } from './backup-gen';

const DAY = 86_400_000;
const now = Date.parse('2026-11-25T12:00:00Z');
const t0 = Date.UTC(2025, 0, 1, 12);
let db: RehearseDb;

beforeEach(async () => {
  db = new RehearseDb(`ceiling-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

/** `n` perfect grades of one card, a day apart, as a forger would write them. */
const perfectRun = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    cardKey: 'deck/card',
    deckId: 'deck',
    cardId: 'card',
    time: t0 + i * DAY,
    day: Math.floor((t0 + i * DAY) / DAY),
    grade: 5,
    ticked: [0, 1, 2, 3, 4],
    pointCount: 5,
    coverage: 1,
    durationMs: 1000,
    mode: 'review',
  }));

it.each([18, 24])('imports %i perfect reviews on consecutive days with the card due in 100 years, a real date', async (n) => {
  const result = await importBackupText(db, backupText(perfectRun(n)), undefined, now);
  expect(result.added).toBe(n);
  const card = (await db.cards.get('deck/card'))!;
  expect(card.interval).toBe(MAX_INTERVAL_DAYS);
  const lastDay = Math.floor((t0 + (n - 1) * DAY) / DAY);
  expect(card.due).toBe(lastDay + MAX_INTERVAL_DAYS);
  expect(new Date(card.due! * DAY).toISOString().slice(0, 4)).toBe(String(new Date((lastDay + MAX_INTERVAL_DAYS) * DAY).getUTCFullYear()));
});

it('refolds a card row cached past the ceiling by an older fold, once', async () => {
  await importBackupText(db, backupText(perfectRun(24)), undefined, now);
  const capped = (await db.cards.get('deck/card'))!;
  await db.cards.put({ ...capped, interval: 19_660_392_938_573, due: capped.due! + 19_660_392_938_573 }); // what the uncapped fold cached
  await db.meta.put({ key: REFOLDED_KEY, value: true }); // refolded by the previous fold version only
  expect(await refoldCardsOnce(db)).toBe(1);
  expect(await db.cards.get('deck/card')).toEqual(capped);
});
