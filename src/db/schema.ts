// The Dexie database: every schema version ever shipped is declared here and never edited.
import Dexie, { type Table } from 'dexie';
import type { ReviewRow } from '../srs/log-row';
import type { CardSchedule } from '../srs/fold';
import type { ComposeOptions, MockQuestion } from '../srs/mock-compose';
import type { MockProgress, Part } from '../srs/mock-session';
import type { Deck } from '../deck/types';

/** The cached scheduling state of one card: always equal to folding its log. */
export interface CardRow extends CardSchedule {
  key: string;
  deckId: string;
  cardId: string;
}

/** A small key/value row for settings and bookkeeping. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** What the candidate chose when starting a mock. */
export interface MockOptions extends ComposeOptions {
  /** Answer target for a main question, in seconds (a follow-up gets half). */
  targetSeconds: number;
  /** Whether answers are recorded on the device. */
  record: boolean;
}

/** A mock interview: its composition, the choices it was made with, and its progress (answer times, self-review, tips). */
export interface MockRow {
  id: string;
  deckId: string;
  seed: number;
  createdAt: number;
  /** When self-review was completed; null while the mock is in progress. */
  finishedAt: number | null;
  options: MockOptions;
  questions: MockQuestion[];
  progress: MockProgress;
}

/** One recorded answer, kept only on this device. Audio is an ArrayBuffer, not a Blob (Safari: Dexie issue 1919). */
export interface RecordingRow {
  mockId: string;
  question: number;
  part: Part;
  /** The MIME type MediaRecorder actually used, e.g. "audio/webm;codecs=opus". */
  mime: string;
  data: ArrayBuffer;
  bytes: number;
  durationMs: number;
  createdAt: number;
}

/**
 * A review deleted on purpose (undo, a deck's "delete its progress too", Reset progress) while sync is
 * on: it must be deleted on every device and never come back with a pull. `pushed` is 1 once the sync
 * server holds the retraction (0 = waiting to be pushed; a number, since IndexedDB cannot index booleans).
 */
export interface RetractionRow {
  id: string;
  at: number;
  pushed: 0 | 1;
}

/** A review id the sync server is known to hold. */
export interface SyncedRow {
  id: string;
}

/**
 * A deck the app keeps in IndexedDB: an imported deck, or the snapshot of a built-in deck as last seen
 * (so a new built-in version can be compared with the one the user practised).
 */
export interface DeckRow {
  id: string;
  origin: 'imported' | 'builtin';
  deck: Deck;
  /** When this version was imported or first seen. */
  addedAt: number;
  /** Removed from Today and sessions (its log is kept); a removed deck can be restored. */
  removed: boolean;
  /** Cards whose outline changed in the last update and have not been shown since. */
  outlineUpdated: string[];
}

/**
 * A class this device takes part in: as its instructor (the class's credential and join code) or as a
 * student (their credential, display name and whether they share). `summaryDue` is 1 while a summary waits
 * to be pushed (after a session, or offline), else 0 (a number, since IndexedDB cannot index booleans).
 */
export interface ClassRow {
  /** `instructor:<classId>` or `student:<classId>`. */
  key: string;
  role: 'instructor' | 'student';
  classId: string;
  name: string;
  /** The sync server's origin, '' for the one that served the app. */
  server: string;
  token: string;
  /** The join code (instructor only). */
  joinCode: string | null;
  /** The name the instructor sees (student only). */
  displayName: string | null;
  sharing: boolean;
  /** The class deck versions' pull cursor (student). */
  deckCursor: string;
  /** Deck ids this class has delivered (student) or published (instructor). */
  deckIds: string[];
  summaryDue: 0 | 1;
  /** When the last summary reached the server (ms), or 0. */
  summaryAt: number;
  /** The last problem in plain words, or ''; 'closed' once the class is closed or this device is out of it. */
  problem: string;
  joinedAt: number;
  /** The join code the owner's sync space holds for this class (instructor, personal sync on); absent until pushed. */
  spaceHeld?: string;
}

/** The name of the app's IndexedDB database. */
export const DB_NAME = 'rehearse';

/** Rehearse's IndexedDB database. */
export class RehearseDb extends Dexie {
  reviews!: Table<ReviewRow, string>;
  cards!: Table<CardRow, string>;
  meta!: Table<MetaRow, string>;
  mocks!: Table<MockRow, string>;
  recordings!: Table<RecordingRow, [string, number, Part]>;
  decks!: Table<DeckRow, string>;
  syncedIds!: Table<SyncedRow, string>;
  retractions!: Table<RetractionRow, string>;
  classes!: Table<ClassRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1 (shipped 2026-11). Never edit a shipped version: add version(2) below it.
    this.version(1).stores({
      reviews: 'id, cardKey, time, deckId',
      cards: 'key, deckId',
      meta: 'key',
    });
    // Version 2: mock interviews (their state, so a reload resumes one) and on-device recordings of answers.
    this.version(2).stores({
      mocks: 'id, createdAt',
      recordings: '[mockId+question+part], mockId',
    });
    // Version 3: imported decks and built-in deck snapshots.
    this.version(3).stores({
      decks: 'id',
    });
    // Version 4: sync bookkeeping. The review log is the outbox; this lists the ids the server holds.
    this.version(4).stores({
      syncedIds: 'id',
    });
    // Version 5: retractions, so a grade deleted while sync is on is deleted on every device.
    this.version(5).stores({
      retractions: 'id, pushed',
    });
    // Version 6: classes this device teaches or takes part in.
    this.version(6).stores({
      classes: 'key, role, summaryDue',
    });
  }
}

export { cardKey } from '../srs/log-row';
export type { ReviewRow } from '../srs/log-row';
