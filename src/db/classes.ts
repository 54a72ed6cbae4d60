// What classes keep on this device: the classes it teaches or takes part in, and the reads a class summary
// needs (the class decks' card states and the days with grades). Screens and sync call these, never the tables.
import type { Deck } from '../deck/types';
import { localDay } from '../srs/days';
import { saveSyncedDeck } from './deck-edits';
import { deckSchedules } from './queries';
import type { CardRow, ClassRow, RehearseDb } from './schema';

export type { ClassRow } from './schema';

/** The key of a class row. */
export function classKey(role: ClassRow['role'], classId: string): string {
  return `${role}:${classId}`;
}

/** Every class on this device, oldest first. */
export async function listClasses(db: RehearseDb): Promise<ClassRow[]> {
  return (await db.classes.toArray()).sort((a, b) => a.joinedAt - b.joinedAt);
}

/** One class row, or undefined. */
export function getClass(db: RehearseDb, key: string): Promise<ClassRow | undefined> {
  return db.classes.get(key);
}

/** Stores a class row (new or whole). */
export async function saveClass(db: RehearseDb, row: ClassRow): Promise<void> {
  await db.classes.put(row);
}

/** Changes some fields of a class row. */
export async function updateClass(db: RehearseDb, key: string, changes: Partial<Omit<ClassRow, 'key'>>): Promise<void> {
  await db.classes.update(key, changes);
}

/** Forgets a class on this device (its decks and their progress stay). */
export async function forgetClass(db: RehearseDb, key: string): Promise<void> {
  await db.classes.delete(key);
}

/** Marks a summary as waiting for every class this device shares progress with (after a session). */
export async function markSummariesDue(db: RehearseDb): Promise<number> {
  return db.classes
    .where('role')
    .equals('student')
    .and((r) => r.sharing && r.problem !== 'closed')
    .modify({ summaryDue: 1 });
}

/** The stored deck with this id, if any, and whether it is hidden (removed from Today). */
export async function storedDeck(db: RehearseDb, deckId: string): Promise<{ deck: Deck; hidden: boolean } | undefined> {
  const row = await db.decks.get(deckId);
  return row && { deck: row.deck, hidden: row.removed };
}

/** Stores a class deck version through deck sync's path (kept only when newer; progress kept, changed outlines marked). */
export function storeClassDeck(db: RehearseDb, deck: Deck, now: number): Promise<boolean> {
  return saveSyncedDeck(db, deck, undefined, now);
}

/** The card states of a stored deck's cards (cards never graded have none). */
export async function deckCardStates(db: RehearseDb, deck: Deck): Promise<CardRow[]> {
  const states = await deckSchedules(
    db,
    deck.id,
    deck.cards.map((c) => c.id),
  );
  return [...states.values()];
}

/** How many distinct local days since `since` (ms) have at least one grade, any deck. */
export async function activeDaysSince(db: RehearseDb, since: number): Promise<number> {
  const days = new Set<number>();
  await db.reviews
    .where('time')
    .aboveOrEqual(since)
    .each((r) => void days.add(r.day ?? localDay(r.time)));
  return days.size;
}
