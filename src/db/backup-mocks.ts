// Backup version 2: the review log plus mock interviews, and their recordings only when the user asks.
import { BACKUP_FORMAT, checkBackup, exportBackup, parseJson, type Backup, type ImportProgress, type ImportResult } from './backup';
import { importRows } from './import-rows';
import { GateError, quote } from '../srs/log-gate';
import type { MockRow, RecordingRow, RehearseDb } from './schema';

/** The backup version that carries mock interviews (version 1 files, the log alone, still import). */
export const MOCK_BACKUP_VERSION = 2;

const V2_FIELDS = new Set(['format', 'version', 'exportedAt', 'reviews', 'mocks', 'recordings']);

/** A recording in a backup file: the audio as base64 text. */
export type RecordingJson = Omit<RecordingRow, 'data'> & { data: string };

/** A version-2 backup file. */
export interface BackupV2 extends Omit<Backup, 'version'> {
  version: 2;
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
  const file: BackupV2 = { ...base, format: BACKUP_FORMAT, version: MOCK_BACKUP_VERSION, mocks };
  if (withRecordings) file.recordings = (await db.recordings.toArray()).map((r) => ({ ...r, data: toBase64(r.data) }));
  return file;
}

const isInt = (v: unknown, min = 0) => Number.isInteger(v) && (v as number) >= min;
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;
const isMs = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const ints = (v: unknown) => Array.isArray(v) && v.every((x) => isInt(x));

function mockProblem(m: Partial<MockRow>): string | null {
  if (!isText(m.id) || !isText(m.deckId)) return 'has no id or deckId';
  if (typeof m.seed !== 'number' || typeof m.createdAt !== 'number' || !(m.finishedAt === null || typeof m.finishedAt === 'number')) return 'has no valid seed or dates';
  if (typeof m.options !== 'object' || m.options === null || !isInt(m.options.count, 1) || !(typeof m.options.targetSeconds === 'number' && m.options.targetSeconds > 0)) return 'has no valid options';
  const qs = m.questions;
  if (!Array.isArray(qs) || !qs.every((q) => isText(q?.cardId) && isText(q?.group) && (q.followUp === null || isInt(q.followUp)))) return 'has no valid list of questions';
  const p = m.progress;
  if (typeof p !== 'object' || p === null || !['asking', 'review', 'done'].includes(p.phase) || !isInt(p.index) || (qs.length > 0 && p.index >= qs.length)) return 'has no valid progress';
  if (!['main', 'followUp'].includes(p.part) || !['ready', 'thinking', 'answering'].includes(p.step) || !isMs(p.stepStartedAt)) return 'has no valid step';
  if (!Array.isArray(p.answers) || p.answers.length !== qs.length || !p.answers.every((a) => isMs(a?.main) && isMs(a?.followUp))) return 'has no valid answer times';
  if (!Array.isArray(p.reviews) || p.reviews.length !== qs.length) return 'has no valid self-review list';
  if (!p.reviews.every((r) => r === null || (ints(r.ticked) && ints(r.redFlags) && isInt(r.grade) && r.grade <= 5 && isText(r.reviewId)))) return 'has a self-review that is not valid';
  if (!ints(p.tips)) return 'has no valid list of ticked tips';
  return null;
}

function recordingProblem(r: Partial<RecordingJson>): string | null {
  if (!isText(r.mockId) || !isInt(r.question) || !['main', 'followUp'].includes(r.part ?? '')) return 'has no valid mock, question or part';
  if (typeof r.mime !== 'string' || !r.mime.startsWith('audio/')) return 'is not audio';
  if (typeof r.data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(r.data)) return 'has no valid audio data';
  if (!isMs(r.durationMs) || typeof r.createdAt !== 'number') return 'has no valid duration or date';
  return null;
}

/** Parses a backup of version 1 or 2 and checks every part; throws a GateError saying what is wrong, before anything is written. */
export function parseFullBackup(text: string, now: number = Date.now(), onProgress?: (p: ImportProgress) => void): Backup | BackupV2 {
  // One JSON parse, however large the file: the version-1 gate checks the parsed log, not the text again.
  const data = parseJson(text);
  const file = data as Partial<BackupV2> | null;
  if (typeof file !== 'object' || file === null || file.format !== BACKUP_FORMAT || file.version !== MOCK_BACKUP_VERSION) return checkBackup(data, now, onProgress);
  // The log is checked by the version-1 gate itself, so both versions accept exactly the same review rows.
  const log = checkBackup({ format: file.format, version: 1, exportedAt: file.exportedAt, reviews: file.reviews }, now, onProgress);
  const extra = Object.keys(file).find((k) => !V2_FIELDS.has(k));
  if (extra !== undefined) throw new GateError(`the backup has a field Rehearse does not write (${quote(extra)})`);
  if (!Array.isArray(file.mocks)) throw new GateError('the backup has no list of mock interviews');
  const ids = new Set<string>();
  file.mocks.forEach((m, i) => {
    const problem = typeof m === 'object' && m !== null ? mockProblem(m) : 'is not an object';
    if (problem) throw new GateError(`mock interview ${i + 1} of ${file.mocks!.length} ${problem}`);
    if (ids.has(m.id)) throw new GateError(`mock interview ${i + 1} repeats the id ${m.id}`);
    ids.add(m.id);
  });
  if (file.recordings !== undefined) {
    if (!Array.isArray(file.recordings)) throw new GateError('the backup has a recordings entry that is not a list');
    file.recordings.forEach((r, i) => {
      const problem = typeof r === 'object' && r !== null ? recordingProblem(r) : 'is not an object';
      if (problem) throw new GateError(`recording ${i + 1} of ${file.recordings!.length} ${problem}`);
    });
  }
  const full: BackupV2 = { ...log, version: MOCK_BACKUP_VERSION, mocks: file.mocks };
  if (file.recordings) full.recordings = file.recordings;
  return full;
}

/** Imports a parsed backup: the log (merged by review id), then mocks and recordings (merged by key), each in its own transaction. */
export async function importFullBackup(db: RehearseDb, backup: Backup | BackupV2, onProgress?: (p: ImportProgress) => void): Promise<FullImportResult> {
  const log = await importRows(db, backup.reviews, onProgress);
  if (backup.version !== MOCK_BACKUP_VERSION) return { ...log, mocks: 0, recordings: 0 };
  const file = backup as BackupV2;
  const mocks = await db.transaction('rw', db.mocks, async () => {
    const have = new Set(await db.mocks.where('id').anyOf(file.mocks.map((m) => m.id)).primaryKeys());
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
export async function importBackupText(db: RehearseDb, text: string, onProgress?: (p: ImportProgress) => void, now: number = Date.now()): Promise<FullImportResult> {
  onProgress?.({ phase: 'checking', done: 0, total: 0 });
  return importFullBackup(db, parseFullBackup(text, now, onProgress), onProgress);
}
