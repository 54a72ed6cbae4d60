// A student's summary: what sharing sends, checked against the class's own decks, and its stored form.
import type { PoolClient } from 'pg';
import type { ClassSummary, DeckSummary } from '../src/protocol/class';

export type { ClassSummary } from '../src/protocol/class';

/** A stored summary: per deck its version, readiness by group id and cards as [id, reps, interval, due, grade, day, reviews]. */
export type StoredDecks = Record<
  string,
  { version: string; groups: Record<string, number>; cards: [string, number, number, number, number, number, number][] }
>;

/** The card and group ids of one published class deck version. */
export interface ClassDeckIds {
  cardIds: Set<string>;
  groupIds: Set<string>;
}

/** Reads the ids of the class deck versions a summary names (unknown versions are simply absent). */
export async function classDeckIds(client: PoolClient, classId: string, decks: DeckSummary[]): Promise<Map<string, ClassDeckIds>> {
  const { rows } = await client.query<{ deck_id: string; version: string; card_ids: string[]; group_ids: string[] }>(
    `SELECT deck_id, version, card_ids, group_ids FROM class_decks
     WHERE class_id = $1 AND (deck_id, version) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [classId, decks.map((d) => d.deckId), decks.map((d) => d.version)],
  );
  return new Map(rows.map((r) => [`${r.deck_id}\n${r.version}`, { cardIds: new Set(r.card_ids), groupIds: new Set(r.group_ids) }]));
}

function repeated(ids: string[]): string | undefined {
  const seen = new Set<string>();
  return ids.find((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * What is wrong with a summary, in plain words, or null: every deck must be a version published to the
 * class, each deck named once, each card and group one of that version's and named once, a card's last day
 * no later than tomorrow on the server's calendar, and its repetitions no more than its reviews.
 */
export function summaryProblem(summary: ClassSummary, known: Map<string, ClassDeckIds>, today: number): string | null {
  const deckTwice = repeated(summary.decks.map((d) => d.deckId));
  if (deckTwice) return `The summary names deck "${deckTwice}" twice.`;
  for (const d of summary.decks) {
    const ids = known.get(`${d.deckId}\n${d.version}`);
    if (!ids) return `Deck "${d.deckId}" version ${d.version} is not a deck of this class.`;
    const badGroup = d.groups.find((g) => !ids.groupIds.has(g.id))?.id ?? repeated(d.groups.map((g) => g.id));
    if (badGroup) return `Group "${badGroup}" of deck "${d.deckId}" is unknown or named twice.`;
    const badCard = d.cards.find((c) => !ids.cardIds.has(c.id))?.id ?? repeated(d.cards.map((c) => c.id));
    if (badCard) return `Card "${badCard}" of deck "${d.deckId}" is unknown or named twice.`;
    const odd = d.cards.find((c) => c.lastDay > today + 1 || c.repetitions > c.reviews);
    if (odd) return `Card "${odd.id}" of deck "${d.deckId}" was graded later than tomorrow or has more repetitions than reviews.`;
  }
  return null;
}

/** The stored form of a checked summary's decks. */
export function storedDecks(summary: ClassSummary): StoredDecks {
  const out: StoredDecks = {};
  for (const d of summary.decks) {
    out[d.deckId] = {
      version: d.version,
      groups: Object.fromEntries(d.groups.map((g) => [g.id, g.readiness])),
      cards: d.cards.map((c) => [c.id, c.repetitions, c.interval, c.due, c.lastGrade, c.lastDay, c.reviews]),
    };
  }
  return out;
}
