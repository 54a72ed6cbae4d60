// Mock interviews and recordings in a backup go through a gate as strict as the log's: seeded hostile
// files are each refused with a sentence, nothing is written, and what the app writes always passes (issue 14).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RehearseDb, type MockOptions } from '../../src/db/schema';
import { createMock, gradeMockQuestion, stepMock } from '../../src/db/mocks';
import { saveRecording } from '../../src/db/recordings';
import { exportFullBackup, importBackupText } from '../../src/db/backup-mocks';
import { GateError } from '../../src/srs/log-gate';
import type { MockEvent } from '../../src/srs/mock-session';
import { dump } from './dump';

const DAY = 86_400_000;
const now = Date.parse('2026-11-25T12:00:00Z');
const start = now - 3 * DAY;
type Row = Record<string, unknown>;
const pick = <T>(rnd: () => number, values: readonly T[]): T => values[Math.floor(rnd() * values.length)];

const options: MockOptions = { count: 2, groups: ['concurrency'], favourWeakest: true, followUps: true, targetSeconds: 120, record: true };
const questions = [
  { cardId: 'gil', group: 'concurrency', followUp: 1 },
  { cardId: 'asyncio-concurrency', group: 'concurrency', followUp: null },
];

/** One way to spoil a mock: a value the app could never write, or one JSON cannot carry back. */
const mockMutations: [string, (m: Row, rnd: () => number) => Row][] = [
  ['unknown field', (m, rnd) => ({ ...m, [pick(rnd, ['note', 'Id', 'score'])]: 1 })],
  ['proto key', (m) => JSON.parse(JSON.stringify(m).replace('{', '{"__proto__":{"admin":true},'))],
  ['id', (m, rnd) => ({ ...m, id: pick(rnd, ['', 'm1', 42, null, 'x'.repeat(1 << 20)]) })],
  ['deck id', (m, rnd) => ({ ...m, deckId: pick(rnd, ['', 'Deck', 'a/b', 'x'.repeat(200), 7]) })],
  ['seed', (m, rnd) => ({ ...m, seed: pick(rnd, [-1, 2 ** 32, 0.5, '3', null]) })],
  ['created in the future', (m) => ({ ...m, createdAt: now + 2 * DAY })],
  ['created in 3000', (m) => ({ ...m, createdAt: Date.UTC(3000, 0, 1) })],
  ['created before 2020', (m) => ({ ...m, createdAt: Date.UTC(2019, 0, 1) })],
  ['created beyond Date', (m) => ({ ...m, createdAt: 9e15 })],
  ['end date that disagrees with the phase', (m) => ({ ...m, finishedAt: m.finishedAt === null ? start : null })],
  ['count', (m, rnd) => ({ ...m, options: { ...(m.options as Row), count: pick(rnd, [0, 51, 1e308, 2.5, '2']) } })],
  ['groups', (m, rnd) => ({ ...m, options: { ...(m.options as Row), groups: pick(rnd, ['all', ['A B'], ['g', 'g'], [1], {}]) } })],
  ['target', (m, rnd) => ({ ...m, options: { ...(m.options as Row), targetSeconds: pick(rnd, [0, -60, 1e308, 90.5, 7200]) } })],
  [
    'flag',
    (m, rnd) => ({
      ...m,
      options: { ...(m.options as Row), [pick(rnd, ['favourWeakest', 'followUps', 'record'])]: pick(rnd, [1, 'yes', null]) },
    }),
  ],
  ['option field', (m) => ({ ...m, options: { ...(m.options as Row), voice: 'loud' } })],
  ['too many questions', (m) => ({ ...m, questions: [...(m.questions as Row[]), { cardId: 'x', group: 'y', followUp: null }] })],
  [
    'question card',
    (m, rnd) => ({
      ...m,
      questions: [{ ...(m.questions as Row[])[0], cardId: pick(rnd, ['', 'A/B', null, 'x'.repeat(100)]) }, (m.questions as Row[])[1]],
    }),
  ],
  [
    'follow-up',
    (m, rnd) => ({
      ...m,
      questions: [{ ...(m.questions as Row[])[0], followUp: pick(rnd, [-1, 0.5, 1e308, '1']) }, (m.questions as Row[])[1]],
    }),
  ],
  ['phase', (m, rnd) => ({ ...m, progress: { ...(m.progress as Row), phase: pick(rnd, ['lunch', '', null]) } })],
  ['index', (m, rnd) => ({ ...m, progress: { ...(m.progress as Row), index: pick(rnd, [2, -1, 0.5, 1e308]) } })],
  ['step start', (m, rnd) => ({ ...m, progress: { ...(m.progress as Row), stepStartedAt: pick(rnd, [9e15, -1, now + 3 * DAY, 'now']) } })],
  [
    'answers',
    (m, rnd) => ({
      ...m,
      progress: {
        ...(m.progress as Row),
        answers: pick(rnd, [
          [],
          [{ main: 1, followUp: null }],
          [
            { main: -5, followUp: null },
            { main: null, followUp: null },
          ],
          [
            { main: 1e308, followUp: null },
            { main: null, followUp: null },
          ],
        ]),
      },
    }),
  ],
  [
    'review grade',
    (m, rnd) => ({
      ...m,
      progress: {
        ...(m.progress as Row),
        reviews: [{ ticked: [0], redFlags: [], grade: pick(rnd, [6, -1, 2.5]), reviewId: '00000000-0000-4000-8000-000000000000' }, null],
      },
    }),
  ],
  [
    'review ticks',
    (m, rnd) => ({
      ...m,
      progress: {
        ...(m.progress as Row),
        reviews: [
          { ticked: pick(rnd, [[0, 0], [1, 0], [-1], [99]]), redFlags: [], grade: 3, reviewId: '00000000-0000-4000-8000-000000000000' },
          null,
        ],
      },
    }),
  ],
  [
    'review extra',
    (m) => ({
      ...m,
      progress: {
        ...(m.progress as Row),
        reviews: [{ ticked: [], redFlags: [], grade: 3, reviewId: '00000000-0000-4000-8000-000000000000', note: 'x' }, null],
      },
    }),
  ],
  ['tips', (m, rnd) => ({ ...m, progress: { ...(m.progress as Row), tips: pick(rnd, [[1, 1], [-1], [1e308], 'all']) } })],
  ['deep nesting', (m) => ({ ...m, progress: { ...(m.progress as Row), tips: JSON.parse('['.repeat(500) + ']'.repeat(500)) } })],
  ['not an object', (_m, rnd) => pick(rnd, [null, 1, 'mock', []]) as unknown as Row],
];

/** One way to spoil a recording. */
const recordingMutations: [string, (r: Row, rnd: () => number) => Row][] = [
  ['unknown field', (r) => ({ ...r, transcript: 'hello' })],
  ['orphan', (r) => ({ ...r, mockId: '00000000-0000-4000-8000-000000000000' })],
  ['question', (r, rnd) => ({ ...r, question: pick(rnd, [2, -1, 0.5, '0']) })],
  ['part', (r) => ({ ...r, part: 'encore' })],
  ['mime', (r, rnd) => ({ ...r, mime: pick(rnd, ['text/html', 'audio/', 'audio/webm<script>', 'x'.repeat(300), null]) })],
  ['data', (r, rnd) => ({ ...r, data: pick(rnd, ['<b>', 'abc', 42, 'AAAA====']) })],
  ['size lie', (r) => ({ ...r, bytes: (r.bytes as number) + 1 })],
  ['length', (r, rnd) => ({ ...r, durationMs: pick(rnd, [-1, 0.5, 1e308, null]) })],
  ['date', (r, rnd) => ({ ...r, createdAt: pick(rnd, [now + 2 * DAY, 0, 9e15]) })],
];

let db: RehearseDb;
let file: Row;
beforeAll(async () => {
  db = new RehearseDb(`hostile-mocks-${Math.random()}`);
  await db.open();
  const mock = await createMock(db, { deckId: 'senior-python', seed: 7, options, questions, now: start });
  for (const [i, event] of (['start', 'finish', 'start', 'finish', 'start', 'finish'] as const).entries()) {
    await stepMock(db, mock.id, { type: event, now: start + (i + 1) * 1000 }, start);
  }
  await saveRecording(db, {
    mockId: mock.id,
    question: 0,
    part: 'main',
    mime: 'audio/webm;codecs=opus',
    data: new Uint8Array([1, 2, 3, 4, 5]).buffer,
    bytes: 0,
    durationMs: 1000,
    createdAt: start,
  });
  await gradeMockQuestion(db, mock.id, {
    index: 0,
    ticked: [0, 2],
    redFlags: [1],
    grade: 4,
    pointCount: 6,
    durationMs: 1500,
    time: start + 9000,
  });
  file = (await exportFullBackup(db, true, now)) as unknown as Row;
});
afterAll(async () => {
  await db.delete();
});

describe('hostile mocks and recordings in a backup', () => {
  it('the app’s own file passes the gate and changes nothing on a second import', async () => {
    const before = await dump(db);
    expect(await importBackupText(db, JSON.stringify(file), undefined, now)).toMatchObject({ mocks: 0, recordings: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('every spoiled mock or recording is refused with a sentence, and nothing is written', async () => {
    const before = await dump(db);
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: mockMutations.length + recordingMutations.length - 1 }),
        fc.integer(),
        async (which, salt) => {
          let state = salt;
          const rnd = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
          const mocks = file.mocks as Row[];
          const recordings = file.recordings as Row[];
          const spoiled =
            which < mockMutations.length
              ? { ...file, mocks: [mockMutations[which][1](mocks[0], rnd)] }
              : { ...file, recordings: [recordingMutations[which - mockMutations.length][1](recordings[0], rnd)] };
          tried += 1;
          const error = await importBackupText(db, JSON.stringify(spoiled), undefined, now).then(
            () => null,
            (e: unknown) => e,
          );
          const name = which < mockMutations.length ? mockMutations[which][0] : recordingMutations[which - mockMutations.length][0];
          expect(error, name).toBeInstanceOf(GateError);
          expect((error as GateError).message, name).toMatch(
            which < mockMutations.length ? /^mock interview 1 of 1 |^the backup has/ : /^recording 1 of 1 /,
          );
        },
      ),
      { numRuns: 600, seed: 14 },
    );
    expect(tried).toBeGreaterThanOrEqual(600);
    expect(await dump(db)).toEqual(before);
  }, 120_000);

  it('refuses two recordings of one answer, and two mocks with one id', async () => {
    const recordings = file.recordings as Row[];
    const mocks = file.mocks as Row[];
    await expect(
      importBackupText(db, JSON.stringify({ ...file, recordings: [recordings[0], recordings[0]] }), undefined, now),
    ).rejects.toThrow('recording 2 repeats an answer');
    await expect(importBackupText(db, JSON.stringify({ ...file, mocks: [mocks[0], mocks[0]] }), undefined, now)).rejects.toThrow(
      'mock interview 2 repeats the id',
    );
  });
});

describe('mock round trip', () => {
  it('for any mock the app can reach, its export imports into a fresh database as the same mocks and recordings', async () => {
    const event = fc.oneof(
      fc.constantFrom('think' as const, 'start' as const, 'finish' as const, 'skip' as const, 'resume' as const),
      fc.record({
        grade: fc.integer({ min: 0, max: 5 }),
        ticked: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }),
        flags: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
      }),
      fc.integer({ min: 0, max: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 24 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.boolean(),
        async (events, seed, record) => {
          const source = new RehearseDb(`mock-src-${Math.random()}`);
          const target = new RehearseDb(`mock-dst-${Math.random()}`);
          try {
            const mock = await createMock(source, {
              deckId: 'senior-python',
              seed,
              options: { ...options, record },
              questions,
              now: start,
            });
            let time = start;
            for (const e of events) {
              time += 700;
              if (typeof e === 'string') {
                const step: MockEvent = e === 'skip' || e === 'resume' ? { type: e } : { type: e, now: time };
                await stepMock(source, mock.id, step, time);
              } else if (typeof e === 'number') {
                await stepMock(source, mock.id, { type: 'tip', index: e, on: e % 2 === 0 }, time);
              } else {
                const row = (await source.mocks.get(mock.id))!;
                const ticked = [...e.ticked].sort((a, b) => a - b);
                await gradeMockQuestion(source, mock.id, {
                  index: row.progress.index,
                  ticked,
                  redFlags: [...e.flags].sort((a, b) => a - b),
                  grade: e.grade,
                  pointCount: 6,
                  durationMs: 1000,
                  time,
                });
              }
            }
            if (record)
              await saveRecording(source, {
                mockId: mock.id,
                question: 1,
                part: 'main',
                mime: 'audio/mp4',
                data: new Uint8Array([seed & 255]).buffer,
                bytes: 0,
                durationMs: 800,
                createdAt: time,
              });
            const exported = JSON.stringify(await exportFullBackup(source, true, now));
            await importBackupText(target, exported, undefined, now);
            // Every table but meta, where the import also keeps Stats' per-day totals (the source never opened Stats).
            const tables = async (d: RehearseDb) => Object.fromEntries(Object.entries(await dump(d)).filter(([name]) => name !== 'meta'));
            expect(await tables(target)).toEqual(await tables(source));
            expect(JSON.stringify(await exportFullBackup(target, true, now))).toBe(exported);
          } finally {
            await Promise.all([source.delete(), target.delete()]);
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});
