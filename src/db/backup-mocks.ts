// Backup versions 2 and 3: the review log plus mock interviews, and their recordings only when the user asks.
// Version 3 is version 2 whose log may hold drill grades (pointCount 0, a choice); it tells an older copy of
// Rehearse, which would refuse those rows, to update first. Files of versions 1, 2 and 3 import.
import { BACKUP_FORMAT, checkBackup, exportBackup, parseJson, type Backup, type ImportProgress, type ImportResult } from './backup';
import { importRows } from './import-rows';
import { GateError, quote } from '../srs/log-gate';
import { admitMock, admitRecording, type RecordingJson } from './mock-gate';
import type { MockRow, RehearseDb } from './schema';

/** The first backup version that carries mock interviews (version 1 files, the log alone, still import). */
export const MOCK_BACKUP_VERSION = 2;

/** The backup version export writes: version 2's parts, with drill grades in the log. */
export const BACKUP_VERSION = 3;

const V2_FIELDS = new Set(['format', 'version', 'exportedAt', 'reviews', 'mocks', 'recordings']);

export type { RecordingJson };

/** A backup file of version 2 or 3 (the same parts; version 3 may hold drill grades). */
export interface BackupV2 extends Omit<Backup, 'version'> {
  version: typeof MOCK_BACKUP_VERSION | typeof BACKUP_VERSION;
  mocks: MockRow[];
  recordings?: RecordingJson[];
}

/** What importing a file did, part by part. */
export interface FullImportResult extends ImportResult {
  mocks: number;
  recordings: number;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): ArrayBuffer {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes.buffer;
}

/** The review log and every mock; recordings too when `withRecordings` (they can be large). */
export async function exportFullBackup(db: RehearseDb, withRecordings: boolean, now: number = Date.now()): Promise<BackupV2> {
  const base = await exportBackup(db, now);
  const mocks = await db.mocks.orderBy('createdAt').toArray();
  const file: BackupV2 = { ...base, format: BACKUP_FORMAT, version: BACKUP_VERSION, mocks };
  if (withRecordings) file.recordings = (await db.recordings.toArray()).map((r) => ({ ...r, data: toBase64(r.data) }));
  return file;
}

/** Parses a backup of version 1, 2 or 3 and checks every part; throws a GateError saying what is wrong, before anything is written. */
export function parseFullBackup(text: string, now: number = Date.now(), onProgress?: (p: ImportProgress) => void): Backup | BackupV2 {
  // One JSON parse, however large the file: the version-1 gate checks the parsed log, not the text again.
  const data = parseJson(text);
  const file = data as Partial<BackupV2> | null;
  const version = file?.version;
  if (
    typeof file !== 'object' ||
    file === null ||
    file.format !== BACKUP_FORMAT ||
    (version !== MOCK_BACKUP_VERSION && version !== BACKUP_VERSION)
  )
    return checkBackup(data, now, onProgress);
  // The log is checked by the version-1 gate itself, so every version accepts exactly the same review rows.
  const log = checkBackup({ format: file.format, version: 1, exportedAt: file.exportedAt, reviews: file.reviews }, now, onProgress);
  const extra = Object.keys(file).find((k) => !V2_FIELDS.has(k));
  if (extra !== undefined) throw new GateError(`the backup has a field Rehearse does not write (${quote(extra)})`);
  if (!Array.isArray(file.mocks)) throw new GateError('the backup has no list of mock interviews');
  const mocks = new Map<string, MockRow>();
  file.mocks.forEach((m, i) => {
    const mock = admitMock(m, now, `mock interview ${i + 1} of ${file.mocks!.length}`);
    if (mocks.has(mock.id)) throw new GateError(`mock interview ${i + 1} repeats the id ${mock.id}`);
    mocks.set(mock.id, mock);
  });
  const full: BackupV2 = { ...log, version, mocks: [...mocks.values()] };
  if (file.recordings !== undefined) {
    if (!Array.isArray(file.recordings)) throw new GateError('the backup has a recordings entry that is not a list');
    const keys = new Set<string>();
    full.recordings = file.recordings.map((r, i) => {
      const recording = admitRecording(r, mocks, now, `recording ${i + 1} of ${file.recordings!.length}`);
      const key = `${recording.mockId} ${recording.question} ${recording.part}`;
      if (keys.has(key)) throw new GateError(`recording ${i + 1} repeats an answer already in the backup`);
      keys.add(key);
      return recording;
    });
  }
  return full;
}

/** Imports a parsed backup: the log (merged by review id), then mocks and recordings (merged by key), each in its own transaction. */
export async function importFullBackup(
  db: RehearseDb,
  backup: Backup | BackupV2,
  onProgress?: (p: ImportProgress) => void,
): Promise<FullImportResult> {
  const log = await importRows(db, backup.reviews, onProgress);
  if (backup.version === 1) return { ...log, mocks: 0, recordings: 0 };
  const file = backup as BackupV2;
  const mocks = await db.transaction('rw', db.mocks, async () => {
    const have = new Set(
      await db.mocks
        .where('id')
        .anyOf(file.mocks.map((m) => m.id))
        .primaryKeys(),
    );
    const fresh = file.mocks.filter((m) => !have.has(m.id));
    await db.mocks.bulkAdd(fresh);
    return fresh.length;
  });
  // Recordings apart from everything else (Dexie issue 1919: large binary writes can fail on Safari).
  const recordings = await db.transaction('rw', db.recordings, async () => {
    let added = 0;
    for (const r of file.recordings ?? []) {
      if (await db.recordings.get([r.mockId, r.question, r.part])) continue;
      const data = fromBase64(r.data);
      await db.recordings.add({ ...r, data, bytes: data.byteLength });
      added += 1;
    }
    return added;
  });
  return { ...log, mocks, recordings };
}

/** Reads, checks and imports a backup file's text, as Settings does (in a worker): all of it, or nothing and a GateError saying why. */
export async function importBackupText(
  db: RehearseDb,
  text: string,
  onProgress?: (p: ImportProgress) => void,
  now: number = Date.now(),
): Promise<FullImportResult> {
  onProgress?.({ phase: 'checking', done: 0, total: 0 });
  return importFullBackup(db, parseFullBackup(text, now, onProgress), onProgress);
}
