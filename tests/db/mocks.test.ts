// Mock interviews in IndexedDB: progress survives reopening, self-review grades never move SM-2, recordings apart.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb, type MockOptions } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { activeMock, createMock, discardMock, gradeMockQuestion, listMocks, stepMock } from '../../src/db/mocks';
import { deleteRecordings, getRecording, mockRecordings, recordingUsage, saveRecording } from '../../src/db/recordings';
import { cardReadiness } from '../../src/srs/readiness';
import type { MockQuestion } from '../../src/srs/mock-compose';

const start = new Date('2026-11-02T09:00:00').getTime();
const DAY = 86_400_000;
const options: MockOptions = { count: 2, groups: 'auto', favourWeakest: true, followUps: true, targetSeconds: 120, record: true };
const questions: MockQuestion[] = [
  { cardId: 'gil', group: 'runtime', followUp: 0 },
  { cardId: 'caching', group: 'performance', followUp: null },
];
let db: RehearseDb;

beforeEach(async () => {
  db = new RehearseDb(`mocks-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const answerAll = async (id: string, t: number) => {
  for (const [a, b] of [
    [0, 90_000],
    [0, 40_000],
    [0, 100_000],
  ]) {
    await stepMock(db, id, { type: 'start', now: t + a }, t);
    await stepMock(db, id, { type: 'finish', now: t + b }, t);
  }
};

describe('mocks', () => {
  it('keeps progress across reopening, so a reload resumes at the same question', async () => {
    const mock = await createMock(db, { deckId: 'd', seed: 7, options, questions, now: start });
    await stepMock(db, mock.id, { type: 'start', now: start }, start);
    await stepMock(db, mock.id, { type: 'finish', now: start + 65_000 }, start);
    db.close();
    const reopened = new RehearseDb(db.name);
    const row = await reopened.mocks.get(mock.id);
    expect(row?.progress).toMatchObject({
      phase: 'asking',
      index: 0,
      part: 'followUp',
      answers: [
        { main: 65_000, followUp: null },
        { main: null, followUp: null },
      ],
    });
    expect((await activeMock(reopened))?.id).toBe(mock.id);
    reopened.close();
    await db.open();
  });

  it('logs self-review grades as interview grades with the mock id, leaving every SM-2 state identical', async () => {
    for (const [i, id] of ['gil', 'caching', 'other'].entries()) {
      await recordGrade(db, {
        deckId: 'd',
        cardId: id,
        grade: 4,
        ticked: [0],
        pointCount: 5,
        durationMs: 1,
        mode: 'review',
        time: start - 10 * DAY + i,
      });
      await recordGrade(db, {
        deckId: 'd',
        cardId: id,
        grade: 3 + i,
        ticked: [],
        pointCount: 5,
        durationMs: 1,
        mode: 'review',
        time: start - 4 * DAY + i,
      });
    }
    const sm2 = async () =>
      (await db.cards.toArray()).map(({ key, repetitions, easeFactor, interval, due, lastCountedDay, introducedDay, againDay }) =>
        JSON.stringify({ key, repetitions, easeFactor, interval, due, lastCountedDay, introducedDay, againDay }),
      );
    const before = await sm2();
    const gilBefore = (await db.cards.get('d/gil'))!;
    const mock = await createMock(db, { deckId: 'd', seed: 1, options, questions, now: start });
    await answerAll(mock.id, start);
    const wrongIndex = await gradeMockQuestion(db, mock.id, {
      index: 1,
      ticked: [],
      redFlags: [],
      grade: 5,
      pointCount: 5,
      durationMs: 0,
      time: start,
    });
    expect(wrongIndex.review).toBeNull();
    const first = await gradeMockQuestion(db, mock.id, {
      index: 0,
      ticked: [0, 1, 2, 3, 4],
      redFlags: [1],
      grade: 1,
      pointCount: 5,
      durationMs: 130_000,
      time: start + 1000,
    });
    expect(first.review).toMatchObject({ mode: 'interview', mockId: mock.id, cardId: 'gil', grade: 1 });
    const again = await gradeMockQuestion(db, mock.id, {
      index: 0,
      ticked: [],
      redFlags: [],
      grade: 5,
      pointCount: 5,
      durationMs: 0,
      time: start + 2000,
    });
    expect(again.review).toBeNull();
    const done = await gradeMockQuestion(db, mock.id, {
      index: 1,
      ticked: [0],
      redFlags: [],
      grade: 2,
      pointCount: 5,
      durationMs: 100_000,
      time: start + 3000,
    });
    expect(done.mock.progress.phase).toBe('done');
    expect(done.mock.finishedAt).toBe(start + 3000);
    expect(await sm2()).toEqual(before);
    expect(
      await db.reviews
        .where('cardKey')
        .equals('d/gil')
        .filter((r) => r.mode === 'interview')
        .count(),
    ).toBe(1);
    // It counts toward readiness as honest recall: the last review is the mock's, with its coverage.
    const gilAfter = (await db.cards.get('d/gil'))!;
    expect(gilAfter.lastCoverage).toBe(1);
    expect(cardReadiness(gilAfter, start + DAY)).toBeGreaterThan(cardReadiness(gilBefore, start + DAY));
    expect(await activeMock(db)).toBeUndefined();
    expect((await listMocks(db)).map((m) => m.id)).toEqual([mock.id]);
  });

  it('stores recordings as ArrayBuffer with their MIME type, counts their space, and deletes one mock or all', async () => {
    const a = await createMock(db, { deckId: 'd', seed: 1, options, questions, now: start });
    const b = await createMock(db, { deckId: 'd', seed: 2, options, questions, now: start + 1 });
    const audio = (n: number) => new Uint8Array(n).fill(7).buffer;
    await saveRecording(db, {
      mockId: a.id,
      question: 0,
      part: 'main',
      mime: 'audio/webm;codecs=opus',
      data: audio(300),
      bytes: 0,
      durationMs: 2000,
      createdAt: start,
    });
    await saveRecording(db, {
      mockId: a.id,
      question: 0,
      part: 'followUp',
      mime: 'audio/webm;codecs=opus',
      data: audio(200),
      bytes: 0,
      durationMs: 1000,
      createdAt: start,
    });
    await saveRecording(db, {
      mockId: b.id,
      question: 1,
      part: 'main',
      mime: 'audio/mp4',
      data: audio(50),
      bytes: 0,
      durationMs: 500,
      createdAt: start,
    });
    const got = await getRecording(db, a.id, 0, 'main');
    expect(got?.mime).toBe('audio/webm;codecs=opus');
    expect(new Uint8Array(got!.data)[299]).toBe(7);
    expect(await recordingUsage(db)).toEqual({
      bytes: 550,
      count: 3,
      byMock: new Map([
        [a.id, 500],
        [b.id, 50],
      ]),
    });
    expect(await deleteRecordings(db, a.id)).toBe(2);
    expect((await mockRecordings(db, b.id)).map((r) => r.mime)).toEqual(['audio/mp4']);
    expect(await deleteRecordings(db)).toBe(1);
    expect((await recordingUsage(db)).bytes).toBe(0);
    await discardMock(db, b.id);
    expect((await listMocks(db)).map((m) => m.id)).toEqual([a.id]);
  });
});
