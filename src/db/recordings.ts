// Recorded answers: ArrayBuffer + MIME type in their own table, each write in its own transaction.
import type { Part } from '../srs/mock-session';
import type { RecordingRow, RehearseDb } from './schema';

/**
 * Saves one recorded answer. Its own transaction, never with a grade: Safari has thrown UnknownError on
 * large binary writes (Dexie issue 1919), and a failed recording must never take a grade down with it.
 */
export async function saveRecording(db: RehearseDb, row: RecordingRow): Promise<void> {
  await db.transaction('rw', db.recordings, async () => db.recordings.put({ ...row, bytes: row.data.byteLength }));
}

/** A mock's recordings, in question order. */
export function mockRecordings(db: RehearseDb, mockId: string): Promise<RecordingRow[]> {
  return db.recordings.where('mockId').equals(mockId).sortBy('question');
}

/** One recording, or undefined. */
export function getRecording(db: RehearseDb, mockId: string, question: number, part: Part): Promise<RecordingRow | undefined> {
  return db.recordings.get([mockId, question, part]);
}

/** Space the recordings use: total bytes, per mock. */
export async function recordingUsage(db: RehearseDb): Promise<{ bytes: number; count: number; byMock: Map<string, number> }> {
  const byMock = new Map<string, number>();
  let bytes = 0;
  let count = 0;
  await db.recordings.each((r) => {
    bytes += r.bytes;
    count += 1;
    byMock.set(r.mockId, (byMock.get(r.mockId) ?? 0) + r.bytes);
  });
  return { bytes, count, byMock };
}

/** Deletes one mock's recordings, or all of them when `mockId` is omitted; returns how many went. */
export async function deleteRecordings(db: RehearseDb, mockId?: string): Promise<number> {
  return db.transaction('rw', db.recordings, async () => {
    if (mockId === undefined) {
      const n = await db.recordings.count();
      await db.recordings.clear();
      return n;
    }
    return db.recordings.where('mockId').equals(mockId).delete();
  });
}
