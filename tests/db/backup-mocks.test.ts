// Backup versions 2 and 3: mocks (and recordings when asked) round-trip; a version-1 file still imports; a bad part changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RehearseDb, type MockOptions } from '../../src/db/schema';
import { recordGrade } from '../../src/db/record';
import { exportBackup } from '../../src/db/backup';
import { exportFullBackup, importFullBackup, parseFullBackup } from '../../src/db/backup-mocks';
import { createMock, gradeMockQuestion, stepMock } from '../../src/db/mocks';
import { saveRecording } from '../../src/db/recordings';

const start = new Date('2026-11-02T09:00:00').getTime();
const options: MockOptions = { count: 1, groups: 'auto', favourWeakest: true, followUps: false, targetSeconds: 120, record: true };
let source: RehearseDb;
let target: RehearseDb;

beforeEach(async () => {
  source = new RehearseDb(`bsrc-${Math.random()}`);
  target = new RehearseDb(`bdst-${Math.random()}`);
  await Promise.all([source.open(), target.open()]);
  await recordGrade(source, {
    deckId: 'd',
    cardId: 'a',
    grade: 4,
    ticked: [0],
    pointCount: 5,
    durationMs: 1,
    mode: 'review',
    time: start - 86_400_000,
  });
  const mock = await createMock(source, {
    deckId: 'd',
    seed: 3,
    options,
    questions: [{ cardId: 'a', group: 'g', followUp: null }],
    now: start,
  });
  await stepMock(source, mock.id, { type: 'start', now: start }, start);
  await stepMock(source, mock.id, { type: 'finish', now: start + 5000 }, start);
  await gradeMockQuestion(source, mock.id, {
    index: 0,
    ticked: [0, 1],
    redFlags: [],
    grade: 3,
    pointCount: 5,
    durationMs: 5000,
    time: start + 6000,
  });
  await saveRecording(source, {
    mockId: mock.id,
    question: 0,
    part: 'main',
    mime: 'audio/webm;codecs=opus',
    data: new Uint8Array([1, 2, 250, 0, 9]).buffer,
    bytes: 0,
    durationMs: 5000,
    createdAt: start,
  });
});
afterEach(async () => {
  await Promise.all([source.delete(), target.delete()]);
});

describe('backup versions 2 and 3 (mocks)', () => {
  it('round-trips the log with its mock ids and the mocks; recordings only when asked; twice changes nothing', async () => {
    const without = parseFullBackup(JSON.stringify(await exportFullBackup(source, false, start)));
    expect(without.version).toBe(3);
    expect('recordings' in without).toBe(false);
    expect(await importFullBackup(target, without)).toEqual({ added: 2, alreadyPresent: 0, mocks: 1, recordings: 0 });
    expect(await target.mocks.toArray()).toEqual(await source.mocks.toArray());
    const interview = (await target.reviews.toArray()).find((r) => r.mode === 'interview');
    expect(interview?.mockId).toBe((await source.mocks.toArray())[0].id);
    expect(await target.cards.toArray()).toEqual(await source.cards.toArray());

    const withAudio = parseFullBackup(JSON.stringify(await exportFullBackup(source, true, start)));
    expect(await importFullBackup(target, withAudio)).toEqual({ added: 0, alreadyPresent: 2, mocks: 0, recordings: 1 });
    const [rec] = await target.recordings.toArray();
    expect([...new Uint8Array(rec.data)]).toEqual([1, 2, 250, 0, 9]);
    expect(rec).toMatchObject({ mime: 'audio/webm;codecs=opus', bytes: 5 });
    expect(await importFullBackup(target, withAudio)).toEqual({ added: 0, alreadyPresent: 2, mocks: 0, recordings: 0 });
  });

  it('still imports a version-1 file (the log alone)', async () => {
    const v1 = await exportBackup(source, start);
    expect(v1.version).toBe(1);
    const parsed = parseFullBackup(JSON.stringify(v1));
    expect(await importFullBackup(target, parsed)).toEqual({ added: 2, alreadyPresent: 0, mocks: 0, recordings: 0 });
    expect(await target.mocks.count()).toBe(0);
  });

  it('refuses a file with a bad mock or recording, saying which, before writing anything', async () => {
    const file = await exportFullBackup(source, true, start);
    const badMock = { ...file, mocks: [{ ...file.mocks[0], progress: { ...file.mocks[0].progress, phase: 'lunch' } }] };
    expect(() => parseFullBackup(JSON.stringify(badMock))).toThrow('mock interview 1 of 1 has an unknown phase ("lunch")');
    const badAudio = { ...file, recordings: [{ ...file.recordings![0], mime: 'text/html' }] };
    expect(() => parseFullBackup(JSON.stringify(badAudio))).toThrow('recording 1 of 1 is not audio Rehearse records ("text/html")');
    expect(() => parseFullBackup(JSON.stringify({ ...file, mocks: undefined }))).toThrow('no list of mock interviews');
    expect(() => parseFullBackup(JSON.stringify({ ...file, version: 4 }))).toThrow('this backup is version 4');
    expect(() => parseFullBackup(JSON.stringify({ ...file, extra: 1 }))).toThrow('a field Rehearse does not write ("extra")');
    expect(await target.reviews.count()).toBe(0);
  });
});
