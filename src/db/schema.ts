// The Dexie database: every schema version ever shipped is declared here and never edited.
import Dexie, { type Table } from 'dexie';
import type { Mode } from '../srs/queue';
import type { CardSchedule } from '../srs/fold';

/** One logged grade: the append-only truth that card states are folded from. */
export interface ReviewRow {
  id: string;
  /** `deckId/cardId`, the card's key in `cards`. */
  cardKey: string;
  deckId: string;
  cardId: string;
  time: number;
  /** Local calendar day number when it was given (days since 1970-01-01 in the user's time zone then). */
  day: number;
  grade: number;
  /** Indexes of the outline points the user ticked. */
  ticked: number[];
  pointCount: number;
  coverage: number;
  durationMs: number;
  mode: Mode;
  /** Whether this grade was the card's SM-2 repetition (its first review-mode grade of the day). */
  counted: boolean;
}

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

/** The name of the app's IndexedDB database. */
export const DB_NAME = 'rehearse';

/** Rehearse's IndexedDB database. */
export class RehearseDb extends Dexie {
  reviews!: Table<ReviewRow, string>;
  cards!: Table<CardRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1 (shipped 2026-11). Never edit a shipped version: add version(2) below it.
    this.version(1).stores({
      reviews: 'id, cardKey, time, deckId',
      cards: 'key, deckId',
      meta: 'key',
    });
  }
}

/** The key of a card in the `cards` table. */
export function cardKey(deckId: string, cardId: string): string {
  return `${deckId}/${cardId}`;
}
