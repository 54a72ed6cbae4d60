// What a new version of a deck changes: cards added, removed, and whose prompt or outline changed.
import type { Card, Deck } from './types';

/** The changes from one version of a deck to the next, by card id. */
export interface DeckDiff {
  added: string[];
  removed: string[];
  promptChanged: string[];
  outlineChanged: string[];
  /** Cards whose prompt and outline are the same (their other text may differ). */
  unchanged: string[];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Lists what changes, card by card, when `next` replaces `previous`. */
export function diffDecks(previous: Deck, next: Deck): DeckDiff {
  const before = new Map<string, Card>(previous.cards.map((c) => [c.id, c]));
  const after = new Set(next.cards.map((c) => c.id));
  const diff: DeckDiff = { added: [], removed: [], promptChanged: [], outlineChanged: [], unchanged: [] };
  for (const card of next.cards) {
    const old = before.get(card.id);
    if (!old) diff.added.push(card.id);
    else {
      if (old.prompt !== card.prompt) diff.promptChanged.push(card.id);
      if (!sameList(old.outline, card.outline)) diff.outlineChanged.push(card.id);
      if (old.prompt === card.prompt && sameList(old.outline, card.outline)) diff.unchanged.push(card.id);
    }
  }
  diff.removed = previous.cards.filter((c) => !after.has(c.id)).map((c) => c.id);
  return diff;
}

/** What importing `incoming` would do, given the stored deck with the same id (if any). */
export type ImportPlan = { kind: 'new' } | { kind: 'update'; diff: DeckDiff } | { kind: 'same' } | { kind: 'older'; stored: string };

/** Decides whether `incoming` is a new deck, a newer version (with its diff), the same version, or an older one. */
export function planImport(stored: Deck | undefined, incoming: Deck, compare: (a: string, b: string) => number): ImportPlan {
  if (!stored) return { kind: 'new' };
  const order = compare(incoming.version, stored.version);
  if (order < 0) return { kind: 'older', stored: stored.version };
  if (order === 0) return { kind: 'same' };
  return { kind: 'update', diff: diffDecks(stored, incoming) };
}
