// Checking a deck file someone imports: size and card limits, then the build's own parser; every problem
// is returned with its line number and that line's text, so the app can show both.
import type { Deck } from './types';
import { parseDeck } from './parse';

/** Largest deck file the app imports: 1 MB (the built-in deck is about 60 KB). */
export const MAX_DECK_BYTES = 1_000_000;

/** Most cards a deck may have: 500 (a deck is a study set, not a question database). */
export const MAX_DECK_CARDS = 500;

/** Most problems listed for one file; the rest are counted in a last line. */
export const MAX_PROBLEMS_SHOWN = 100;

/** One problem in an imported file: its 1-based line (0 for the whole file), the message, and the line's text. */
export interface DeckProblem {
  line: number;
  message: string;
  text: string;
}

/** The outcome of checking an imported file. */
export type DeckCheck = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

/** Checks a deck file's text (`bytes` is its size on disk) against the limits and the deck format. */
export function checkDeckText(text: string, bytes: number): DeckCheck {
  const limit = (message: string): DeckCheck => ({ ok: false, problems: [{ line: 0, message, text: '' }] });
  if (bytes > MAX_DECK_BYTES) return limit(`the file is ${(bytes / 1e6).toFixed(1)} MB; a deck may be at most 1 MB`);
  if (text.includes('\u0000')) return limit('this is not a text file (it contains NUL bytes)');
  const result = parseDeck(text);
  if (!result.ok) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const problems = result.issues.slice(0, MAX_PROBLEMS_SHOWN).map((i) => ({ ...i, text: (lines[i.line - 1] ?? '').slice(0, 200) }));
    const more = result.issues.length - problems.length;
    if (more > 0)
      problems.push({ line: 0, message: `and ${more} more ${more === 1 ? 'problem' : 'problems'} (fix these first)`, text: '' });
    return { ok: false, problems };
  }
  if (result.deck.cards.length > MAX_DECK_CARDS) {
    return limit(`the deck has ${result.deck.cards.length} cards; a deck may have at most ${MAX_DECK_CARDS}`);
  }
  return { ok: true, deck: result.deck };
}

/** Formats a problem as FILE:LINE: message (the whole-file limits as FILE: message). */
export function problemLine(file: string, p: DeckProblem): string {
  return p.line > 0 ? `${file}:${p.line}: ${p.message}` : `${file}: ${p.message}`;
}
