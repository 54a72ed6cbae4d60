// The class wire shapes, written once: what a student's device sends when sharing (the summary), what joining,
// starting and changing sharing send, and what the instructor's view receives. The sync server validates
// bodies with the JSON Schemas below; the app builds and reads the same types.
import { MAX_SLUG, SLUG } from '../deck/types';
import { field, flag, listOf, num, shape, text, whole, type JsonSchema, type Kind, type Static } from './shape';
import type { FeedPage } from './feeds';
import { UUID_PATTERN } from './review-row';
import { quote } from './words';

/** The largest day number a summary may carry (as the log's). */
const MAX_DAY = 1e6;
/** The most cards or groups one deck summary may list (a deck's own limit). */
const MAX_DECK_ITEMS = 500;
/** The most distinct decks a class may hold, and so a summary may describe. */
export const MAX_CLASS_DECKS = 20;
/** The largest SM-2 repetition count and review count a summary may state. */
export const MAX_REPETITIONS = 100_000;

const slug = text(MAX_SLUG, SLUG, 1);
/** A name people type: 1 to `max` characters, no control characters. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const name = (max: number) => text(max, /^[^\u0000-\u001f\u007f]+$/, 1);

/** A nested shape as a field's kind. */
function nested<T>(s: { schema: JsonSchema; problem: (r: Readonly<Record<string, unknown>>, now: number) => string | null }): Kind<T> {
  return {
    schema: s.schema,
    is: (v): v is T => typeof v === 'object' && v !== null && !Array.isArray(v) && s.problem(v as Record<string, unknown>, 0) === null,
  };
}

const unknownField = (k: string) => `has a field a summary never carries (${quote(k)})`;

/** One graded card of a class deck: its SM-2 state and when it was last graded. A card never graded is left out. */
export const cardSummary = shape(
  {
    id: field(slug, (v) => `has a card id that is not a slug (${quote(v)})`),
    repetitions: field(whole(0, MAX_REPETITIONS), () => 'has a repetition count out of range'),
    interval: field(whole(0, MAX_DAY), () => 'has an interval out of range'),
    due: field(whole(0, MAX_DAY), () => 'has a due day out of range'),
    lastGrade: field(whole(0, 5), () => 'has a last grade that is not 0 to 5'),
    lastDay: field(whole(0, MAX_DAY), () => 'has a last day out of range'),
    reviews: field(whole(1, MAX_REPETITIONS), () => 'has a review count out of range'),
  },
  unknownField,
);
export type CardSummary = Static<typeof cardSummary.fields>;

/** A group's readiness from 0 to 1, as the app computes it. */
export const groupSummary = shape(
  {
    id: field(slug, (v) => `has a group id that is not a slug (${quote(v)})`),
    readiness: field(num(0, 1), () => 'has a readiness outside 0 to 1'),
  },
  unknownField,
);
export type GroupSummary = Static<typeof groupSummary.fields>;

/** One class deck's summary: the version the student has, per group readiness, per graded card its state. */
export const deckSummary = shape(
  {
    deckId: field(slug, (v) => `has a deck id that is not a slug (${quote(v)})`),
    version: field(text(200, undefined, 1), () => 'has a version that is not 1 to 200 characters'),
    groups: field(listOf(nested<GroupSummary>(groupSummary), MAX_DECK_ITEMS), () => 'has a list of groups that is not valid'),
    cards: field(listOf(nested<CardSummary>(cardSummary), MAX_DECK_ITEMS), () => 'has a list of cards that is not valid'),
  },
  unknownField,
);
export type DeckSummary = Static<typeof deckSummary.fields>;

/** Everything sharing sends, and nothing else. */
export const classSummary = shape(
  {
    activeDays14: field(whole(0, 14), () => 'has a count of active days that is not 0 to 14'),
    decks: field(listOf(nested<DeckSummary>(deckSummary), MAX_CLASS_DECKS), () => 'has a list of decks that is not valid'),
  },
  unknownField,
);
export type ClassSummary = Static<typeof classSummary.fields>;

const bodyField = (k: string) => `has a field this request does not take (${quote(k)})`;

/** Starting a class: its name. */
export const startClassBody = shape({ name: field(name(80), () => 'needs a class name of 1 to 80 characters') }, bodyField);

/** Joining a class: the code, the name the instructor sees, and whether to share progress. */
export const joinClassBody = shape(
  {
    code: field(text(200, /^[a-zA-Z -]+$/, 1), () => 'needs the join code: words separated by spaces or dashes'),
    displayName: field(name(40), () => 'needs a name of 1 to 40 characters'),
    sharing: field(flag, () => 'needs sharing to be yes or no'),
  },
  bodyField,
);
export type JoinClassBody = Static<typeof joinClassBody.fields>;

/** Turning sharing on or off. */
export const sharingBody = shape({ sharing: field(flag, () => 'needs sharing to be yes or no') }, bodyField);

/** An instructor's class as it travels through their sync space to their paired devices: the credential the app keeps. */
export const taughtClass = shape(
  {
    classId: field(text(36, new RegExp(UUID_PATTERN), 36), () => 'needs the class id'),
    name: field(name(80), () => 'needs a class name of 1 to 80 characters'),
    token: field(text(100, /^[A-Za-z0-9_-]+$/, 20), () => 'needs the instructor credential of the class'),
    joinCode: field(text(200, /^[a-zA-Z -]+$/, 1), () => 'needs the join code: words separated by spaces or dashes'),
  },
  bodyField,
);
export type TaughtClass = Static<typeof taughtClass.fields>;

/** The most classes one sync space keeps. */
export const MAX_TAUGHT_CLASSES = 50;

/** Pushing taught classes to the sync space: at most 20 at a time. */
export const taughtClassesBody = shape(
  { classes: field(listOf(nested<TaughtClass>(taughtClass), 20), () => 'needs a list of up to 20 classes') },
  bodyField,
);

/** A page of the sync space's taught classes. */
export interface TaughtClassPage extends FeedPage {
  classes: TaughtClass[];
}

/** The answer to starting a class. */
export interface StartedClass {
  classId: string;
  name: string;
  joinCode: string;
  token: string;
}

/** The answer to joining a class. */
export interface JoinedClass {
  classId: string;
  className: string;
  studentId: string;
  token: string;
  sharing: boolean;
}

/** A group of a class deck (from the deck's newest published version). */
export interface ViewGroup {
  deckId: string;
  groupId: string;
}

/** Median and quartiles of a group's readiness over the sharing students who sent that deck. */
export interface Distribution extends ViewGroup {
  students: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** A card the class finds hard: lowest mean last grade, then most lapses (students whose last grade was below 3). */
export interface WeakCard {
  deckId: string;
  cardId: string;
  students: number;
  meanLastGrade: number;
  lapses: number;
}

/** One row of the per-student table. */
export interface StudentRow {
  studentId: string;
  displayName: string;
  sharing: boolean;
  joinedAt: string;
  summaryAt: string | null;
  activeDays14: number | null;
  lastActiveDay: number | null;
  cardsGraded: number | null;
  /** Readiness per group, in the order of the view's `groups`; null where the student sent nothing for that deck. */
  readiness: (number | null)[];
}

/** The instructor's view as their device receives it. */
export interface ClassView {
  name: string;
  /** When the server computed the view (ISO time); each student row has its own summary time. */
  asOf: string;
  /** The server's (UTC) day number the inactive days are counted to. */
  today: number;
  joined: number;
  sharing: number;
  groups: ViewGroup[];
  /** Why the class-wide figures are withheld, or null when they are shown. */
  withheld: string | null;
  distribution: Distribution[];
  weakest: WeakCard[];
  inactive: { studentId: string; displayName: string; lastActiveDay: number | null; daysInactive: number | null }[];
  students: StudentRow[];
}
