// Mock interviews in IndexedDB: create, save progress after every step, grade in self-review, list past mocks.
import { mockReducer, startProgress, type MockEvent, type MockProgress } from '../srs/mock-session';
import type { MockQuestion } from '../srs/mock-compose';
import { recordGrade } from './record';
import type { MockOptions, MockRow, RehearseDb, ReviewRow } from './schema';
import type { MockGradeInput } from '../srs/mock-run';

/** Stores a newly composed mock and returns it. */
export async function createMock(
  db: RehearseDb,
  init: { deckId: string; seed: number; options: MockOptions; questions: MockQuestion[]; now: number },
): Promise<MockRow> {
  const row: MockRow = {
    id: crypto.randomUUID(),
    deckId: init.deckId,
    seed: init.seed,
    createdAt: init.now,
    finishedAt: null,
    options: { ...init.options, groups: init.options.groups === 'auto' ? 'auto' : [...init.options.groups] },
    questions: init.questions.map((q) => ({ ...q })),
    progress: startProgress(init.questions),
  };
  await db.mocks.add(row);
  return row;
}

/** Applies one event to a stored mock and saves it; returns the new row (unchanged if the event did not fit). */
export async function stepMock(db: RehearseDb, id: string, event: MockEvent, now: number): Promise<MockRow> {
  return db.transaction('rw', db.mocks, async () => {
    const row = await db.mocks.get(id);
    if (!row) throw new Error('this mock interview no longer exists');
    const progress = mockReducer(row.progress, row.questions, event);
    if (progress === row.progress) return row;
    const next = { ...row, progress, finishedAt: finishedAt(row, progress, now) };
    await db.mocks.put(next);
    return next;
  });
}

function finishedAt(row: MockRow, progress: MockProgress, now: number): number | null {
  return row.finishedAt ?? (progress.phase === 'done' ? now : null);
}

/** What the candidate settled in self-review for one question (the mock session's own type). */
export type MockGrade = MockGradeInput;

/**
 * Logs a self-review grade (mode 'interview', never an SM-2 repetition) and moves the mock on, in one
 * transaction, so a reload can neither lose the grade nor log it twice. Recordings are not in it (Dexie issue 1919).
 */
export async function gradeMockQuestion(db: RehearseDb, id: string, g: MockGrade): Promise<{ mock: MockRow; review: ReviewRow | null }> {
  return db.transaction('rw', db.reviews, db.cards, db.mocks, async () => {
    const mock = await db.mocks.get(id);
    if (!mock) throw new Error('this mock interview no longer exists');
    if (mock.progress.phase !== 'review' || mock.progress.index !== g.index) return { mock, review: null };
    const q = mock.questions[g.index];
    const review = await recordGrade(db, {
      deckId: mock.deckId,
      cardId: q.cardId,
      grade: g.grade,
      ticked: g.ticked,
      pointCount: g.pointCount,
      durationMs: g.durationMs,
      mode: 'interview',
      time: g.time,
      mockId: mock.id,
    });
    const progress = mockReducer(mock.progress, mock.questions, {
      type: 'graded',
      index: g.index,
      review: { ticked: [...g.ticked], redFlags: [...g.redFlags], grade: g.grade, reviewId: review.id },
    });
    const next = { ...mock, progress, finishedAt: finishedAt(mock, progress, g.time) };
    await db.mocks.put(next);
    return { mock: next, review };
  });
}

/** Every mock, newest first. */
export function listMocks(db: RehearseDb): Promise<MockRow[]> {
  return db.mocks.orderBy('createdAt').reverse().toArray();
}

/** The newest mock still in progress (asking or self-review), if any. */
export async function activeMock(db: RehearseDb): Promise<MockRow | undefined> {
  return db.mocks
    .orderBy('createdAt')
    .reverse()
    .filter((m) => m.progress.phase !== 'done')
    .first();
}

/** Deletes a mock that was never finished, with its recordings (its logged grades stay: they are honest recall). */
export async function discardMock(db: RehearseDb, id: string): Promise<void> {
  await db.transaction('rw', db.mocks, async () => db.mocks.delete(id));
  await db.transaction('rw', db.recordings, async () => db.recordings.where('mockId').equals(id).delete());
}

/** The mock interview with `id`, if it is stored. */
export function getMock(db: RehearseDb, id: string): Promise<MockRow | undefined> {
  return db.mocks.get(id);
}
